namespace BfcNetwork.Mobility.Domain;

/// <summary>
/// The programme rules an exchange must meet (configuration section <c>MobilityRules</c>): the
/// Erasmus+ and civic-service guides change them between calls, so they are not compiled in.
/// </summary>
public sealed class MobilityRules
{
    public const string SectionName = "MobilityRules";

    public Bounds YouthAges { get; set; } = new(13, 30);

    public Bounds YouthDays { get; set; } = new(5, 21);

    public Bounds PupilShortStayDays { get; set; } = new(10, 29);

    public Bounds PupilLongStayDays { get; set; } = new(30, 365);

    public Bounds PupilGroupDays { get; set; } = new(2, 30);

    public int PupilGroupMinPupils { get; set; } = 2;

    public int PupilGroupMinAccompanyingAdults { get; set; } = 1;

    public Bounds CivicServiceAges { get; set; } = new(16, 25);

    /// <summary>The civic service's upper age limit for a volunteer with a disability.</summary>
    public int CivicServiceMaxAgeWithDisability { get; set; } = 30;

    public Bounds CivicServiceMonths { get; set; } = new(6, 12);
}

/// <summary>An inclusive range.</summary>
public sealed class Bounds
{
    public Bounds()
    {
    }

    public Bounds(int min, int max)
    {
        Min = min;
        Max = max;
    }

    public int Min { get; set; }

    public int Max { get; set; }

    public bool Contains(int value) => value >= Min && value <= Max;

    public override string ToString() => $"{Min}–{Max}";
}
