using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.BuildingBlocks.Tests.Contracts;
using BfcNetwork.BuildingBlocks.Tests.Support;
using BfcNetwork.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BfcNetwork.BuildingBlocks.Tests.Inbox;

public sealed class IdempotentConsumerTests(IdempotentConsumerTests.InboxService fixture) : IClassFixture<IdempotentConsumerTests.InboxService>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TestService _service = fixture.Service;
    private readonly ConsumedMessages<LedgerCreditRequested> _consumed = fixture.Consumed;

    [Fact]
    public async Task A_redelivered_message_changes_nothing_twice()
    {
        var account = UniqueAccount();
        var messageId = NewId.NextGuid();
        var credit = new LedgerCreditRequested(account, 25m);

        await _service.Bus.Publish(credit, context => context.MessageId = messageId);
        await _consumed.WaitForAsync(messageId, 1, Patience);
        await _service.Bus.Publish(credit, context => context.MessageId = messageId);
        await _consumed.WaitForAsync(messageId, 2, Patience);

        Assert.Equal([25m], await AmountsAsync(account));
        var inbox = Assert.Single(await InboxEntriesAsync(messageId));
        Assert.Equal(nameof(LedgerCreditConsumer), inbox.Consumer);
    }

    [Fact]
    public async Task The_same_content_under_two_message_ids_is_applied_twice()
    {
        var account = UniqueAccount();
        var first = NewId.NextGuid();
        var second = NewId.NextGuid();
        var credit = new LedgerCreditRequested(account, 10m);

        await _service.Bus.Publish(credit, context => context.MessageId = first);
        await _service.Bus.Publish(credit, context => context.MessageId = second);
        await _consumed.WaitForAsync(first, 1, Patience);
        await _consumed.WaitForAsync(second, 1, Patience);

        Assert.Equal([10m, 10m], await AmountsAsync(account));
        Assert.Single(await InboxEntriesAsync(first));
        Assert.Single(await InboxEntriesAsync(second));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_message_apply_it_once()
    {
        var account = UniqueAccount();
        var messageId = NewId.NextGuid();
        var credit = new LedgerCreditRequested(account, 7m);

        // Published back to back, the copies are consumed at the same time (the endpoint's
        // concurrency limit is well above five), so they race on the inbox row.
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _service.Bus.Publish(credit, context => context.MessageId = messageId)));
        await _consumed.WaitForAsync(messageId, 5, Patience);

        Assert.Equal([7m], await AmountsAsync(account));
        Assert.Single(await InboxEntriesAsync(messageId));
    }

    private static string UniqueAccount() => $"acc-{Guid.NewGuid():N}";

    private Task<List<decimal>> AmountsAsync(string account) =>
        _service.WithDbAsync(db => db.LedgerEntries.Where(e => e.Account == account).Select(e => e.Amount).ToListAsync());

    private Task<List<InboxMessage>> InboxEntriesAsync(Guid messageId) =>
        _service.WithDbAsync(db => db.Set<InboxMessage>().AsNoTracking().Where(m => m.MessageId == messageId).ToListAsync());

    /// <summary>Credits the account: one new ledger row per message it applies.</summary>
    public sealed class LedgerCreditConsumer(TestDbContext db, TimeProvider clock, ILogger<LedgerCreditConsumer> logger)
        : IdempotentConsumer<LedgerCreditRequested, TestDbContext>(db, clock, logger)
    {
        protected override Task HandleAsync(ConsumeContext<LedgerCreditRequested> context, CancellationToken cancellationToken)
        {
            // A fresh key: only the inbox, not the ledger's own unique key, keeps a redelivery out.
            Db.LedgerEntries.Add(new LedgerEntry($"credit-{Guid.NewGuid():N}", context.Message.Account, context.Message.Amount));
            return Task.CompletedTask;
        }
    }

    public sealed class InboxService(TestServers servers) : IAsyncLifetime
    {
        public TestService Service { get; private set; } = null!;

        public ConsumedMessages<LedgerCreditRequested> Consumed { get; } = new();

        public async ValueTask InitializeAsync()
        {
            Service = await TestService.StartAsync(servers, "bb_inbox", configureConsumers: bus => bus.AddConsumer<LedgerCreditConsumer>());
            Service.Bus.ConnectConsumeMessageObserver(Consumed);
        }

        public async ValueTask DisposeAsync() => await Service.DisposeAsync();
    }
}
