namespace BfcNetwork.CrossBorder.Apis.Models;

public sealed record ContactModel(string? Name, string? Email, string? Phone);
