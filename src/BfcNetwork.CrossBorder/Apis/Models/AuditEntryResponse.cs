using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis.Models;

public sealed record AuditEntryResponse(AuditAction Action, string Actor, DateTimeOffset At, Guid? PartnerId, string Detail);
