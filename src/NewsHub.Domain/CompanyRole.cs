namespace NewsHub.Domain;

/// <summary>What a company does, as far as partnerships are concerned.</summary>
/// <remarks>Stored by name (at most 16 characters), so members may be added or reordered without a migration.</remarks>
public enum CompanyRole
{
    Carmaker,
    Battery,
    Parts,

    /// <summary>
    /// Ride-hailing, robotaxi and autonomous-driving companies (滴滴, Waymo, 小马智行): they build or run
    /// self-driving and ride fleets, so their deals are automotive ones.
    /// </summary>
    Mobility,
    Tech,
    Other,
}
