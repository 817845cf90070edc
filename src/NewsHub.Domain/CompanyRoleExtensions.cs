namespace NewsHub.Domain;

/// <summary>What a <see cref="CompanyRole"/> means for partnerships.</summary>
public static class CompanyRoleExtensions
{
    /// <summary>
    /// True for carmakers, battery and parts makers and mobility companies: at least one of them must take
    /// part in a partnership, and the network draws them on its inner ring.
    /// </summary>
    public static bool IsAutomotive(this CompanyRole role) =>
        role is CompanyRole.Carmaker or CompanyRole.Battery or CompanyRole.Parts or CompanyRole.Mobility;
}
