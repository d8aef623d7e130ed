namespace BfcNetwork.Investment.Domain;

/// <summary>Business France's categories of foreign direct investment projects.</summary>
public enum InvestmentType
{
    NewSite,
    Extension,
    Acquisition,
    Retention,
    RdCooperation,
}
