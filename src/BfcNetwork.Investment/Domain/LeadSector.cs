namespace BfcNetwork.Investment.Domain;

/// <summary>The fixed sector list, close to the regional economic agency's filières.</summary>
public enum LeadSector
{
    Agrifood,
    Automotive,
    Energy,
    Health,
    Digital,
    Materials,
    Microtechnology,
    MechanicalEngineering,
    Logistics,
}
