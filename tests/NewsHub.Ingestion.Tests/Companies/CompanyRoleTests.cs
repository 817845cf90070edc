namespace NewsHub.Ingestion.Tests.Companies;

public sealed class CompanyRoleTests
{
    [Theory]
    [InlineData(CompanyRole.Carmaker, true)]
    [InlineData(CompanyRole.Battery, true)]
    [InlineData(CompanyRole.Parts, true)]
    [InlineData(CompanyRole.Mobility, true)]
    [InlineData(CompanyRole.Tech, false)]
    [InlineData(CompanyRole.Other, false)]
    public void Carmakers_battery_and_parts_makers_and_mobility_companies_are_automotive(CompanyRole role, bool automotive) =>
        Assert.Equal(automotive, role.IsAutomotive());
}
