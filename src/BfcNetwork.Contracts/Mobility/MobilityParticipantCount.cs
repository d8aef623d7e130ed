namespace BfcNetwork.Contracts;

/// <summary>How many participants of one category (<c>pupil</c>, <c>apprentice</c>…) took part in an exchange.</summary>
public sealed record MobilityParticipantCount(string Category, int Count);
