namespace BfcNetwork.Mobility.Domain;

public enum MobilityProgramme
{
    ErasmusSchool,
    ErasmusVet,
    ErasmusHigherEducation,
    ErasmusYouth,

    /// <summary>Territoires Volontaires: civic-service reciprocity between France and partner countries.</summary>
    TerritoiresVolontaires,
    RegionalMobilityGrant,
}
