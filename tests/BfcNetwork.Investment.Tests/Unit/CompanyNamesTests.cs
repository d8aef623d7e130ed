using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Tests.Unit;

public sealed class CompanyNamesTests
{
    [Theory]
    [InlineData("Société Générale", "SOCIETE GENERALE SA")]
    [InlineData("Vicky Foods S.L.", "vicky foods")]
    [InlineData("Antolin Group S.A.", "Antolin group")]
    [InlineData("Bayern Präzision GmbH & Co. KG", "bayern prazision")]
    [InlineData("Nordic Cells AB", "NORDIC CELLS")]
    [InlineData("Lyra Diagnostics, Inc.", "Lyra Diagnostics")]
    [InlineData("Ferrero S.p.A.", "ferrero")]
    [InlineData("Heineken N.V.", "Heineken")]
    public void Names_that_differ_only_by_case_accents_punctuation_or_legal_form_compare_equal(string one, string other)
    {
        Assert.Equal(CompanyNames.Normalise(one), CompanyNames.Normalise(other));
    }

    [Theory]
    [InlineData("Vicky Foods", "Vicky Food")]
    [InlineData("Antolin", "Antolin Automotive")]
    public void Different_names_stay_different(string one, string other)
    {
        Assert.NotEqual(CompanyNames.Normalise(one), CompanyNames.Normalise(other));
    }

    [Fact]
    public void A_name_made_only_of_a_legal_form_is_kept()
    {
        Assert.Equal("sa", CompanyNames.Normalise("S.A."));
    }
}
