using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.Contracts;
using BfcNetwork.Mobility.Infrastructure;
using MassTransit;

namespace BfcNetwork.Mobility.Consumers;

/// <summary>A (re)signed contract brings the partners in force: new ones are added, departed ones retired.</summary>
public sealed class CrossBorderProjectContractedConsumer(MobilityDbContext db, TimeProvider clock, ILogger<CrossBorderProjectContractedConsumer> logger)
    : IdempotentConsumer<CrossBorderProjectContracted, MobilityDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(ConsumeContext<CrossBorderProjectContracted> context, CancellationToken cancellationToken)
    {
        if (await CrossBorderHosts.IsStaleAsync(Db, Logger, nameof(CrossBorderProjectContracted), context.Message.ProjectId, context.Message.OccurredAt, cancellationToken))
        {
            return;
        }

        await CrossBorderHosts.ApplyAsync(Db, context.Message.ProjectId, context.Message.Acronym, context.Message.Partners, Clock.GetUtcNow(), cancellationToken, retireOthers: true);
    }
}
