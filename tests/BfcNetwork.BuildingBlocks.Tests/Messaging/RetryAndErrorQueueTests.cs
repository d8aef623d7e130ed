using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.BuildingBlocks.Tests.Contracts;
using BfcNetwork.BuildingBlocks.Tests.Support;
using BfcNetwork.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace BfcNetwork.BuildingBlocks.Tests.Messaging;

public sealed class RetryAndErrorQueueTests(RetryAndErrorQueueTests.PostingService fixture, TestServers servers)
    : IClassFixture<RetryAndErrorQueueTests.PostingService>
{
    private const int RetryLimit = 2;

    // The kebab-case endpoint name of PostingConsumer, and where MassTransit moves what it gave up on.
    private const string ErrorQueue = "posting_error";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TestService _service = fixture.Service;
    private readonly Attempts _attempts = fixture.Attempts;

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_then_moved_to_the_error_queue_without_blocking_the_next()
    {
        var account = $"acc-{Guid.NewGuid():N}";
        var poison = NewId.NextGuid();
        var good = NewId.NextGuid();

        await _service.Bus.Publish(new PostingRequested(poison, account, Malformed: true), context => context.MessageId = poison);
        await _service.Bus.Publish(new PostingRequested(good, account, Malformed: false), context => context.MessageId = good);

        var dead = await WaitForErrorQueueMessageAsync(poison);
        await Eventually.Until(() => InboxCountAsync(good), n => n == 1, Patience, "the good posting processed");

        Assert.Equal(RetryLimit + 1, _attempts.Of(poison));
        Assert.Equal(1, _attempts.Of(good));
        Assert.Equal(poison, dead.Message.GetProperty("postingId").GetGuid());
        Assert.Contains("Malformed posting", dead.Header("MT-Fault-Message"), StringComparison.Ordinal);
        // Every failed attempt rolled its inbox row back with its effect; only the good posting left a trace.
        Assert.Equal(0, await InboxCountAsync(poison));
        Assert.Equal([good.ToString()], await _service.WithDbAsync(db => db.LedgerEntries.Where(e => e.Account == account).Select(e => e.Key).ToListAsync()));
    }

    [Fact]
    public async Task A_message_that_fails_once_succeeds_on_retry_and_is_applied_once()
    {
        var account = $"acc-{Guid.NewGuid():N}";
        var posting = NewId.NextGuid();
        _attempts.FailFirst(posting);

        await _service.Bus.Publish(new PostingRequested(posting, account, Malformed: false), context => context.MessageId = posting);

        await Eventually.Until(() => InboxCountAsync(posting), n => n == 1, Patience, "the posting processed");
        Assert.Equal(2, _attempts.Of(posting));
        Assert.Single(await _service.WithDbAsync(db => db.LedgerEntries.Where(e => e.Account == account).ToListAsync()));
    }

    private Task<int> InboxCountAsync(Guid messageId) =>
        _service.WithDbAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId));

    /// <summary>Reads <see cref="ErrorQueue"/> the way an operator's tool would, until the message with that id shows up.</summary>
    private async Task<DeadLetter> WaitForErrorQueueMessageAsync(Guid messageId)
    {
        await using var connection = await new ConnectionFactory { Uri = servers.RabbitMqUri }.CreateConnectionAsync();
        var deadline = DateTime.UtcNow + Patience;
        var seen = new List<Guid?>();
        IChannel? channel = null;
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                if (channel is not { IsOpen: true })
                {
                    if (channel is not null)
                    {
                        await channel.DisposeAsync();
                    }

                    channel = await connection.CreateChannelAsync();
                }

                var delivery = await TryGetAsync(channel);
                if (delivery is null)
                {
                    await Task.Delay(100);
                    continue;
                }

                var letter = DeadLetter.From(delivery);
                if (letter.MessageId == messageId)
                {
                    return letter;
                }

                seen.Add(letter.MessageId);
            }
        }
        finally
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }
        }

        Assert.Fail($"Message {messageId} did not reach {ErrorQueue} within {Patience}; saw [{string.Join(", ", seen)}].");
        return null!;
    }

    private static async Task<BasicGetResult?> TryGetAsync(IChannel channel)
    {
        try
        {
            return await channel.BasicGetAsync(ErrorQueue, autoAck: true);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // The error queue only exists once MassTransit moved a first message there; until
            // then the broker answers 404 and closes the channel, and the next try opens another.
            return null;
        }
    }

    private sealed record DeadLetter(Guid? MessageId, JsonElement Message, IReadOnlyDictionary<string, object?> Headers)
    {
        public static DeadLetter From(BasicGetResult delivery)
        {
            using var envelope = JsonDocument.Parse(delivery.Body.ToArray());
            var root = envelope.RootElement;
            Guid? messageId = root.TryGetProperty("messageId", out var id) && id.TryGetGuid(out var guid) ? guid : null;
            var headers = delivery.BasicProperties.Headers ?? new Dictionary<string, object?>();
            return new DeadLetter(messageId, root.GetProperty("message").Clone(), new Dictionary<string, object?>(headers));
        }

        public string Header(string name) => Headers.GetValueOrDefault(name) switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => "",
            var other => other.ToString() ?? "",
        };
    }

    /// <summary>How many times the consumer ran for each posting, and which postings fail their first attempt.</summary>
    public sealed class Attempts
    {
        private readonly ConcurrentDictionary<Guid, int> _counts = new();
        private readonly ConcurrentDictionary<Guid, bool> _failFirst = new();

        public int Of(Guid postingId) => _counts.GetValueOrDefault(postingId);

        public void FailFirst(Guid postingId) => _failFirst[postingId] = true;

        public int Record(Guid postingId) => _counts.AddOrUpdate(postingId, 1, (_, n) => n + 1);

        public bool ShouldFail(Guid postingId, int attempt) => attempt == 1 && _failFirst.ContainsKey(postingId);
    }

    /// <summary>Books a posting as a ledger entry keyed by its id; a malformed posting always throws.</summary>
    public sealed class PostingConsumer(TestDbContext db, TimeProvider clock, ILogger<PostingConsumer> logger, Attempts attempts)
        : IdempotentConsumer<PostingRequested, TestDbContext>(db, clock, logger)
    {
        protected override async Task HandleAsync(ConsumeContext<PostingRequested> context, CancellationToken cancellationToken)
        {
            var posting = context.Message;
            var attempt = attempts.Record(posting.PostingId);
            // Written before failing, so a failed attempt that leaked its effect would show.
            Db.LedgerEntries.Add(new LedgerEntry(posting.PostingId.ToString(), posting.Account, 1m));
            await Db.SaveChangesAsync(cancellationToken);
            if (posting.Malformed || attempts.ShouldFail(posting.PostingId, attempt))
            {
                throw new InvalidOperationException($"Malformed posting {posting.PostingId} (attempt {attempt}).");
            }
        }
    }

    public sealed class PostingService(TestServers servers) : IAsyncLifetime
    {
        public TestService Service { get; private set; } = null!;

        public Attempts Attempts { get; } = new();

        public async ValueTask InitializeAsync() => Service = await TestService.StartAsync(
            servers,
            "bb_retry",
            new Dictionary<string, string?>
            {
                ["Messaging:RetryLimit"] = RetryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Messaging:RetryMinInterval"] = "00:00:00.100",
                ["Messaging:RetryMaxInterval"] = "00:00:00.300",
            },
            bus => bus.AddConsumer<PostingConsumer>(),
            services => services.AddSingleton(Attempts));

        public async ValueTask DisposeAsync() => await Service.DisposeAsync();
    }
}
