using System.Net;
using System.Text;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Api;

public sealed class CsvExportTests(InvestmentApiFixture fixture) : IClassFixture<InvestmentApiFixture>
{
    private readonly InvestmentApi _api = fixture.Api;

    [Fact]
    public async Task A_company_name_with_a_comma_a_quote_and_an_accent_round_trips_through_the_export()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var name = $"Société \"Fromages, Comté\" {marker}";
        await _api.CreateLeadAsync(LeadRequests.Identified(name, "FR"));

        var response = await _api.InvestmentOfficer().GetAsync($"/api/investment/leads/export.csv?q={marker}");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(2, rows.Count);
        var column = rows[0].IndexOf("company_name");
        Assert.Equal(name, rows[1][column]);
        Assert.Equal("FR", rows[1][rows[0].IndexOf("origin_country")]);
    }

    [Fact]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        await _api.CreateLeadAsync(LeadRequests.Identified($"=HYPERLINK(\"http://evil\") {marker}", "US"));

        var csv = await _api.InvestmentOfficer().GetStringAsync($"/api/investment/leads/export.csv?q={marker}");

        var rows = Csv.Parse(csv.TrimStart('\uFEFF'));
        Assert.Equal($"'=HYPERLINK(\"http://evil\") {marker}", rows[1][rows[0].IndexOf("company_name")]);
    }

    [Fact]
    public async Task The_export_follows_the_list_filters()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        await _api.CreateLeadAsync(LeadRequests.Identified($"Alpha {marker}", "DE"));
        await _api.CreateLeadAsync(LeadRequests.Identified($"Beta {marker}", "IT"));

        var rows = Csv.Parse((await _api.InvestmentOfficer().GetStringAsync($"/api/investment/leads/export.csv?q={marker}&country=IT")).TrimStart('\uFEFF'));

        Assert.Equal($"Beta {marker}", Assert.Single(rows[1..])[rows[0].IndexOf("company_name")]);
    }

    /// <summary>A small RFC 4180 reader, so the test does not trust the writer it checks.</summary>
    private static class Csv
    {
        public static List<List<string>> Parse(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    i++;
                }
                else
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add(row);
            }

            return rows;
        }
    }
}
