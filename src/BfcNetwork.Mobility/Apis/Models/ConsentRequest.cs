namespace BfcNetwork.Mobility.Apis.Models;

public sealed record ConsentRequest(bool? ParentalConsent);
