using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Apis.Models;

/// <summary>
/// A host of the catalogue. <see cref="SourceId"/> is the approved project it comes from (public
/// already), and null for a company whose investment was won: a lead id is the agency's
/// confidential business, never shown outside it, even for a lead published under an anonymised label.
/// </summary>
public sealed record HostResponse(Guid Id, HostKind Kind, HostSource Source, string? SourceId, string Name, string Country, string Place, string Reference, bool Active);
