using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Tests.Support;

/// <summary>Tenant scopes of the two-partner fixture (the demo seed's Minato and Hokuriku partners).</summary>
public static class TestScopes
{
    public static TenantScope MinatoStaff { get; } = new("u-minato", "staff@minato.example", DemoOrganisations.MinatoPartner, OrganisationKind.SalesPartner);

    public static TenantScope HokurikuStaff { get; } = new("u-hokuriku", "staff@hokuriku.example", DemoOrganisations.HokurikuPartner, OrganisationKind.SalesPartner);

    public static TenantScope VendorAdmin { get; } = new("u-vendor", "admin@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor);

    public static TenantScope HardwareVendor { get; } = new("u-toho", "kitting@toho.example", DemoOrganisations.TohoHardwareVendor, OrganisationKind.HardwareVendor);

    public static TenantScope VendorOperations { get; } = new("u-ops", "ops@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor);
}
