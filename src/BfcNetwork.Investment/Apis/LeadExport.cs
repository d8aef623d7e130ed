using System.Text;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Investment.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Investment.Apis;

/// <summary>The lead list as a CSV file that Excel opens with its accents intact.</summary>
public static class LeadExport
{
    /// <summary>An export is a working document, not a dump: capped like a generous page.</summary>
    public const int MaxRows = 10_000;

    private static readonly string[] Header =
    [
        "id", "company_name", "origin_country", "sector", "investment_type", "stage", "confidential",
        "capex_eur", "capex_not_disclosed", "jobs_announced", "jobs_created", "jobs_safeguarded",
        "candidate_communes", "estimated_decision_date", "actual_decision_date", "owner_id", "updated_at",
    ];

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportLeads(
        [AsParameters] InvestmentServices services, [AsParameters] LeadFilter filter, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var query = filter.Apply(services.Db.Leads.AsNoTracking().VisibleTo(services.User), errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var leads = await query.OrderBy(l => l.CompanyName).ThenBy(l => l.Id).Take(MaxRows).ToListAsync(cancellationToken);
        var csv = new StringBuilder(CsvText.Line(Header));
        foreach (var lead in leads)
        {
            csv.Append(CsvText.Line(
            [
                lead.Id, lead.CompanyName, lead.OriginCountry, Word(lead.Sector), Word(lead.InvestmentType),
                JsonConventions.EnumName(lead.Stage), lead.Confidential ? "true" : "false",
                lead.CapexEur, lead.CapexNotDisclosed ? "true" : "false",
                lead.JobsAnnounced, lead.JobsCreated, lead.JobsSafeguarded,
                string.Join("; ", lead.CandidateSites.Select(s => s.Commune)),
                lead.EstimatedDecisionDate?.ToString("yyyy-MM-dd", null), lead.ActualDecisionDate?.ToString("yyyy-MM-dd", null),
                lead.OwnerId, lead.UpdatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", null),
            ]));
        }

        // The BOM tells Excel the file is UTF-8; without it accented names come out garbled.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", "investment-leads.csv");
    }

    private static string? Word<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? JsonConventions.EnumName(v) : null;
}
