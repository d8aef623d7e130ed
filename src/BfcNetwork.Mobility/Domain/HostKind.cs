namespace BfcNetwork.Mobility.Domain;

/// <summary>What a host organisation can take in, from the event it was learnt from.</summary>
public enum HostKind
{
    /// <summary>A local partner of an approved solidarity project: hosts reciprocal (incoming) volunteers.</summary>
    ReciprocalVolunteering,

    /// <summary>A partner of an Interreg France–Suisse project: hosts cross-border placements.</summary>
    CrossBorderPlacement,

    /// <summary>A foreign company that settled in the region: hosts apprentices and job seekers.</summary>
    Apprenticeship,
}
