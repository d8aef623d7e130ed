using System.Text.Json.Serialization;

namespace BfcNetwork.Mobility.Domain;

/// <summary>
/// What a participant record keeps of an age: a band wide enough not to identify anyone, fine
/// enough to tell minors (parental consent) from adults.
/// </summary>
public enum AgeBand
{
    [JsonStringEnumMemberName("under-13")]
    Under13,

    [JsonStringEnumMemberName("13-15")]
    From13To15,

    [JsonStringEnumMemberName("16-17")]
    From16To17,

    [JsonStringEnumMemberName("18-25")]
    From18To25,

    [JsonStringEnumMemberName("26-30")]
    From26To30,

    [JsonStringEnumMemberName("over-30")]
    Over30,
}

public static class AgeBands
{
    public static AgeBand Of(int age) => age switch
    {
        < 13 => AgeBand.Under13,
        < 16 => AgeBand.From13To15,
        < 18 => AgeBand.From16To17,
        < 26 => AgeBand.From18To25,
        <= 30 => AgeBand.From26To30,
        _ => AgeBand.Over30,
    };

    public static bool IsMinor(this AgeBand band) => band is AgeBand.Under13 or AgeBand.From13To15 or AgeBand.From16To17;

    /// <summary>Age in whole years on <paramref name="on"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }
}
