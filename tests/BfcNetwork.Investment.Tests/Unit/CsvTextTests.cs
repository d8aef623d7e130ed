using BfcNetwork.Investment.Apis;

namespace BfcNetwork.Investment.Tests.Unit;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("Vicky Foods", "Vicky Foods")]
    [InlineData("Fromages, Comté", "\"Fromages, Comté\"")]
    [InlineData("The \"best\" bread", "\"The \"\"best\"\" bread\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 3 81", "'+33 3 81")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=\"x\",1", "\"'=\"\"x\"\",1\"")]
    public void Fields_are_quoted_when_needed_and_formulas_are_neutralised(string value, string expected)
    {
        Assert.Equal(expected, CsvText.Field(value));
    }

    [Fact]
    public void Numbers_are_written_with_the_invariant_culture_and_lines_end_with_crlf()
    {
        Assert.Equal("1234.50,,x\r\n", CsvText.Line([1234.50m, null, "x"]));
    }
}
