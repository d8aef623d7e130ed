namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>A reference-data entry as shown to clients: its code and its name.</summary>
public sealed record CodeName(string Code, string Name);
