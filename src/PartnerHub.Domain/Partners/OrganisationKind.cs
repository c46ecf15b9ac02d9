namespace PartnerHub.Domain.Partners;

/// <summary>The kinds of organisation that work in the hub (DOMAIN.md, actors).</summary>
public enum OrganisationKind
{
    /// <summary>The service vendor (当社 / サービス主管) that runs the hub.</summary>
    Vendor,

    /// <summary>A reseller (販売パートナー) that sells service rights to its customers.</summary>
    SalesPartner,

    /// <summary>The hardware vendor (HWベンダー) that kits and ships appliances (004 別紙4).</summary>
    HardwareVendor,
}
