using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.Contracts;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Consumers;

/// <summary>A closed joint project's partnership ends: its hosts are retired (kept for exchanges that referenced them).</summary>
public sealed class CrossBorderProjectClosedConsumer(MobilityDbContext db, TimeProvider clock, ILogger<CrossBorderProjectClosedConsumer> logger)
    : IdempotentConsumer<CrossBorderProjectClosed, MobilityDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(ConsumeContext<CrossBorderProjectClosed> context, CancellationToken cancellationToken)
    {
        if (await CrossBorderHosts.IsStaleAsync(Db, Logger, nameof(CrossBorderProjectClosed), context.Message.ProjectId, context.Message.OccurredAt, cancellationToken))
        {
            return;
        }

        var sourceId = context.Message.ProjectId.ToString();
        var now = Clock.GetUtcNow();
        var hosts = await Db.Hosts.Where(h => h.Source == HostSource.CrossBorder && h.SourceId == sourceId).ToListAsync(cancellationToken);
        hosts.ForEach(h => h.Retire(now));
    }
}
