using System.Text.Json.Serialization;

namespace BfcNetwork.CrossBorder.Domain;

/// <summary>Which side of the border a partner is on; written <c>FR</c> and <c>CH</c> as in the programme's documents.</summary>
public enum PartnerSide
{
    [JsonStringEnumMemberName("FR")]
    FR,

    [JsonStringEnumMemberName("CH")]
    CH,
}
