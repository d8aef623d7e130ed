using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Apis.Models;

public sealed record HostResponse(Guid Id, HostKind Kind, HostSource Source, string SourceId, string Name, string Country, string Place, string Reference, bool Active);
