using System.Globalization;
using System.Text;

namespace BfcNetwork.Investment.Apis;

/// <summary>
/// RFC 4180 CSV for spreadsheets: fields with a comma, quote or line break are quoted with inner
/// quotes doubled, and a cell starting with = + - @ (or a tab/carriage return) gets a leading single
/// quote so Excel or LibreOffice never evaluate it as a formula (CSV injection).
/// </summary>
public static class CsvText
{
    public static string Line(IEnumerable<object?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return text;
        }

        return new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
