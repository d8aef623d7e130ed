namespace BfcNetwork.BuildingBlocks.Tests.Contracts;

// MassTransit names exchanges and message URNs after namespace and type, so these live in one
// stable namespace, and each test class uses its own types: classes run in parallel against the
// same broker without seeing each other's messages.

/// <summary>Consumed by the inbox tests' idempotent consumer: credits an account once per message.</summary>
public sealed record LedgerCreditRequested(string Account, decimal Amount);

/// <summary>Consumed by the retry tests' consumer, which throws on a malformed posting.</summary>
public sealed record PostingRequested(Guid PostingId, string Account, bool Malformed);

/// <summary>Published through the outbox by the outbox tests.</summary>
public sealed record LedgerEntryRecorded(string Account, int Sequence, string Key);

/// <summary>Published through the outbox by the poison-message tests.</summary>
public sealed record LedgerEntryCorrected(string Account, string Key);

/// <summary>
/// Reads back from an outbox row, but the bus cannot serialize it (a getter throws, as a contract
/// bug would): the poison-message tests' permanent publish failure.
/// </summary>
public sealed record LedgerEntryUnpublishable(string Account)
{
    public string Digest => throw new InvalidOperationException("A contract bug: this event cannot be serialized.");
}
