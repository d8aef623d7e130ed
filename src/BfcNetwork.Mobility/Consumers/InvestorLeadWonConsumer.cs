using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.Contracts;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using MassTransit;

namespace BfcNetwork.Mobility.Consumers;

/// <summary>
/// A foreign company that chose the region becomes a host for apprentices and job seekers at its
/// commune, under the label Investment gives it (anonymised when the lead is confidential).
/// </summary>
public sealed class InvestorLeadWonConsumer(MobilityDbContext db, TimeProvider clock, ILogger<InvestorLeadWonConsumer> logger)
    : IdempotentConsumer<InvestorLeadWon, MobilityDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(ConsumeContext<InvestorLeadWon> context, CancellationToken cancellationToken)
    {
        var won = context.Message;
        var now = Clock.GetUtcNow();
        // The lead is the organisation: one host per won lead, never keyed by a name that may be confidential.
        var host = await HostCatalogue.UpsertAsync(Db, HostSource.Investment, won.LeadId.ToString(), won.LeadId.ToString(), HostKind.Apprenticeship, now, cancellationToken);
        if (string.IsNullOrWhiteSpace(won.HostLabel))
        {
            throw new InvalidOperationException($"Won lead {won.LeadId} has no host label.");
        }

        host.Describe(HostCatalogue.Truncate(won.HostLabel.Trim(), 200), "FR", HostCatalogue.Truncate(won.HostCommune, 100),
            HostCatalogue.Truncate($"{won.Sector} · {won.HostIntercommunalityName}", 300), now);
    }
}
