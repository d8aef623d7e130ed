using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.Contracts;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using MassTransit;

namespace BfcNetwork.Mobility.Consumers;

/// <summary>The local partners of an approved solidarity project become hosts for reciprocal volunteers.</summary>
public sealed class SolidarityProjectApprovedConsumer(MobilityDbContext db, TimeProvider clock, ILogger<SolidarityProjectApprovedConsumer> logger)
    : IdempotentConsumer<SolidarityProjectApproved, MobilityDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(ConsumeContext<SolidarityProjectApproved> context, CancellationToken cancellationToken)
    {
        var approved = context.Message;
        var now = Clock.GetUtcNow();
        foreach (var partner in approved.LocalPartners)
        {
            var host = await HostCatalogue.UpsertAsync(Db, HostSource.Solidarity, approved.ProjectId.ToString(), partner.Name, HostKind.ReciprocalVolunteering, now, cancellationToken);
            host.Describe(HostCatalogue.Truncate(partner.Name.Trim(), 200), partner.Country.ToUpperInvariant(), "", HostCatalogue.Truncate(approved.Title, 300), now);
        }
    }
}
