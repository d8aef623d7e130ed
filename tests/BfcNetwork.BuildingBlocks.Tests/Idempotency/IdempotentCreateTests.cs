using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.BuildingBlocks.Tests.Support;
using BfcNetwork.Testing;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Tests.Idempotency;

public sealed class IdempotentCreateTests(IdempotentCreateTests.Api fixture) : IClassFixture<IdempotentCreateTests.Api>
{
    private const string Alice = "alice";
    private readonly LedgerApi _api = fixture.Ledger;

    [Fact]
    public async Task Fifty_parallel_creates_with_one_key_create_one_entry_and_answer_alike()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();
        var client = _api.Client(Alice);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await client.SendAsync(Post(new LedgerRequest(account, 10m), key));
        })).ToArray();
        start.SetResult();
        var responses = await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses, r => !r.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Single(responses.Select(r => r.Headers.ETag?.Tag).Distinct());
        Assert.Single((await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct());
        Assert.Equal(1, await EntriesAsync(account));
        Assert.Equal(1, await OutboxEventsAsync(account));
    }

    [Fact]
    public async Task The_event_of_a_keyed_create_commits_with_it_and_is_published_at_once()
    {
        var account = UniqueAccount();

        await Expect.StatusAsync(await _api.Client(Alice).SendAsync(Post(new LedgerRequest(account, 4m), Guid.NewGuid().ToString())), HttpStatusCode.Created);

        // The dispatcher's sweep is a minute away: only the commit's signal publishes this soon.
        await Eventually.Until(
            () => _api.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.AggregateId == account)),
            m => m.PublishedAt is not null, TimeSpan.FromSeconds(10), "the event published");
    }

    [Fact]
    public async Task A_later_retry_replays_the_first_answer_flagged_as_replayed()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();
        var client = _api.Client(Alice);

        var first = await client.SendAsync(Post(new LedgerRequest(account, 5m), key));
        // Field order and spacing differ: the request is the same as far as the endpoint is concerned.
        var retry = await client.SendAsync(Post($$"""{ "amount" : 5,  "account" : "{{account}}" }""", key));

        await Expect.StatusAsync(first, HttpStatusCode.Created);
        await Expect.StatusAsync(retry, HttpStatusCode.Created);
        Assert.False(first.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(["true"], retry.Headers.GetValues(IdempotencyHeaders.Replayed));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal("application/json", retry.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, await EntriesAsync(account));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_creates_nothing()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();
        var client = _api.Client(Alice);
        await Expect.StatusAsync(await client.SendAsync(Post(new LedgerRequest(account, 5m), key)), HttpStatusCode.Created);

        var other = await client.SendAsync(Post(new LedgerRequest(account, 6m), key));

        await Expect.ProblemAsync(other, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await EntriesAsync(account));
    }

    [Fact]
    public async Task Another_user_with_the_same_key_creates_their_own_entry()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();

        var alices = await _api.Client(Alice).SendAsync(Post(new LedgerRequest(account, 5m), key));
        var bobs = await _api.Client("bob").SendAsync(Post(new LedgerRequest(account, 5m), key));

        await Expect.StatusAsync(alices, HttpStatusCode.Created);
        await Expect.StatusAsync(bobs, HttpStatusCode.Created);
        Assert.False(bobs.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.NotEqual(alices.Headers.Location, bobs.Headers.Location);
        Assert.Equal(2, await EntriesAsync(account));
    }

    [Fact]
    public async Task A_refused_create_leaves_no_key_so_the_corrected_retry_creates()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();
        var client = _api.Client(Alice);

        await Expect.ProblemAsync(await client.SendAsync(Post(new LedgerRequest(account, -1m), key)), HttpStatusCode.BadRequest);
        Assert.Equal(0, await KeysAsync(key));
        var corrected = await client.SendAsync(Post(new LedgerRequest(account, 1m), key));

        await Expect.StatusAsync(corrected, HttpStatusCode.Created);
        Assert.False(corrected.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(1, await EntriesAsync(account));
    }

    [Fact]
    public async Task A_create_failing_after_its_save_leaves_neither_entry_nor_event_nor_key()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();

        var failed = await _api.Client(Alice).SendAsync(Post(new LedgerRequest(account, 1m, FailAfterSave: true), key));

        await Expect.ProblemAsync(failed, HttpStatusCode.InternalServerError);
        Assert.Equal(0, await EntriesAsync(account));
        Assert.Equal(0, await OutboxEventsAsync(account));
        Assert.Equal(0, await KeysAsync(key));
    }

    [Fact]
    public async Task A_create_saving_twice_commits_both_saves_with_its_key()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();
        var client = _api.Client(Alice);

        await Expect.StatusAsync(await client.SendAsync(Post(new LedgerRequest(account, 2m, TwoSaves: true), key)), HttpStatusCode.Created);
        var retry = await client.SendAsync(Post(new LedgerRequest(account, 2m, TwoSaves: true), key));

        await Expect.StatusAsync(retry, HttpStatusCode.Created);
        Assert.True(retry.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(2, await EntriesAsync(account));
        Assert.Equal(1, await KeysAsync(key));
    }

    [Fact]
    public async Task Without_a_key_each_create_creates()
    {
        var account = UniqueAccount();
        var client = _api.Client(Alice);

        await Expect.StatusAsync(await client.SendAsync(Post(new LedgerRequest(account, 1m), key: null)), HttpStatusCode.Created);
        await Expect.StatusAsync(await client.SendAsync(Post(new LedgerRequest(account, 1m), key: null)), HttpStatusCode.Created);

        Assert.Equal(2, await EntriesAsync(account));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("over-long")]
    public async Task An_empty_or_over_long_key_is_400(string key)
    {
        var account = UniqueAccount();
        var sent = key == "over-long" ? new string('k', IdempotencyKey.MaxKeyLength + 1) : key;

        var response = await _api.Client(Alice).SendAsync(Post(new LedgerRequest(account, 1m), sent));

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await EntriesAsync(account));
    }

    [Fact]
    public async Task A_key_of_the_longest_length_and_a_quoted_key_work()
    {
        var account = UniqueAccount();
        var longest = new string('k', IdempotencyKey.MaxKeyLength - 36) + Guid.NewGuid();
        var client = _api.Client(Alice);

        await Expect.StatusAsync(await client.SendAsync(Post(new LedgerRequest(account, 1m), longest)), HttpStatusCode.Created);
        var quoted = await client.SendAsync(Post(new LedgerRequest(account, 1m), $"\"{longest}\""));

        Assert.True(quoted.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(1, await EntriesAsync(account));
    }

    internal static HttpRequestMessage Post(LedgerRequest body, string? key) => Post(JsonContent.Create(body), key);

    private static HttpRequestMessage Post(string json, string key) =>
        Post(new StringContent(json, System.Text.Encoding.UTF8, "application/json"), key);

    private static HttpRequestMessage Post(HttpContent content, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, LedgerApi.Path) { Content = content };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyHeaders.Key, key);
        }

        return request;
    }

    internal static string UniqueAccount() => $"acc-{Guid.NewGuid():N}";

    private Task<int> EntriesAsync(string account) => _api.WithDbAsync(db => db.LedgerEntries.CountAsync(e => e.Account == account));

    private Task<int> OutboxEventsAsync(string account) => _api.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.AggregateId == account));

    private Task<int> KeysAsync(string key) => _api.WithDbAsync(db => db.Set<IdempotencyKey>().CountAsync(k => k.Key == key));

    public sealed class Api(TestServers servers) : IAsyncLifetime
    {
        public LedgerApi Ledger { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Ledger = await LedgerApi.StartAsync(servers);

        public async ValueTask DisposeAsync() => await Ledger.DisposeAsync();
    }
}
