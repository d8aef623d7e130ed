using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.Contracts;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using MassTransit;

namespace BfcNetwork.Mobility.Consumers;

/// <summary>The partners of an approved Interreg project become hosts for cross-border placements, on either side.</summary>
public sealed class CrossBorderProjectApprovedConsumer(MobilityDbContext db, TimeProvider clock, ILogger<CrossBorderProjectApprovedConsumer> logger)
    : IdempotentConsumer<CrossBorderProjectApproved, MobilityDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(ConsumeContext<CrossBorderProjectApproved> context, CancellationToken cancellationToken)
    {
        if (await CrossBorderHosts.IsStaleAsync(Db, Logger, nameof(CrossBorderProjectApproved), context.Message.ProjectId, context.Message.OccurredAt, cancellationToken))
        {
            return;
        }

        await CrossBorderHosts.ApplyAsync(Db, context.Message.ProjectId, context.Message.Acronym, context.Message.Partners, Clock.GetUtcNow(), cancellationToken);
    }
}
