using System.Globalization;
using BfcNetwork.BuildingBlocks.Domain;

namespace BfcNetwork.BuildingBlocks.Tests.Unit;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("FR")]
    [InlineData("CH")]
    [InlineData("TG")]
    [InlineData("BF")]
    [InlineData("GB")]
    [InlineData("XK")]
    public void Codes_in_use_are_accepted(string code) => Assert.True(CountryCodes.IsAssigned(code));

    [Theory]
    [InlineData("XX")]
    [InlineData("UK")]
    [InlineData("EL")]
    [InlineData("EU")]
    [InlineData("ZZ")]
    [InlineData("fr")]
    [InlineData("FRA")]
    [InlineData("12")]
    [InlineData("")]
    [InlineData(null)]
    public void Lookalikes_lower_case_and_other_shapes_are_refused(string? code) => Assert.False(CountryCodes.IsAssigned(code));

    [Fact]
    public void The_list_is_the_249_official_codes_and_Kosovo_each_a_region_the_runtime_knows()
    {
        Assert.Equal(250, CountryCodes.All.Count);

        // An independent check of the hand-written list against ICU's region data. EH (Western
        // Sahara) is an ISO code with no locale, which RegionInfo needs; it is the one exception.
        var unknown = CountryCodes.All.Where(code => !IsRegion(code)).ToList();
        Assert.Equal(["EH"], unknown);
    }

    private static bool IsRegion(string code)
    {
        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
