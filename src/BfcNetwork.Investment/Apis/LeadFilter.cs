using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Investment.Apis;

/// <summary>The list filters, shared by the lead list and its CSV export (query-string words as in JSON).</summary>
public sealed record LeadFilter(string? Stage, string? Sector, string? Country, string? Owner, string? Q)
{
    public IQueryable<InvestorLead> Apply(IQueryable<InvestorLead> query, ValidationErrors errors)
    {
        if (JsonConventions.ParseQueryValue<LeadStage>(Stage, "stage", errors) is { } stage)
        {
            query = query.Where(l => l.Stage == stage);
        }

        if (JsonConventions.ParseQueryValue<LeadSector>(Sector, "sector", errors) is { } sector)
        {
            query = query.Where(l => l.Sector == sector);
        }

        if (Country is not null)
        {
            errors.AddIf(!CountryCodes.IsAssigned(Country), "country", "Use an ISO 3166-1 alpha-2 country code.");
            query = query.Where(l => l.OriginCountry == Country);
        }

        if (!string.IsNullOrWhiteSpace(Owner))
        {
            errors.LimitText(Owner, "owner", LeadLimits.UserIdLength);
            query = query.Where(l => l.OwnerId == Owner);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            errors.AddIf(Q.Length > 200, "q", "At most 200 characters.");
            var pattern = Like.Containing(Q);
            query = query.Where(l => EF.Functions.ILike(l.CompanyName, pattern, Like.EscapeCharacter)
                || EF.Functions.ILike(l.Description ?? "", pattern, Like.EscapeCharacter));
        }

        return query;
    }
}
