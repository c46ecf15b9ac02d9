using PartnerHub.Domain.Partners;

namespace PartnerHub.Infrastructure.Tenancy;

/// <summary>
/// Who a database context works for. Query filters and save checks read it, so every read and write of
/// partner-owned data is scoped without each page having to remember it.
/// </summary>
public sealed record TenantScope(string? UserId, string? UserName, Guid? OrganisationId, OrganisationKind? OrganisationKind)
{
    /// <summary>Start-up, seeding and background jobs: sees every partner.</summary>
    public static TenantScope System { get; } = new("system", "system", null, null) { IsSystem = true };

    /// <summary>No signed-in user: sees no partner-owned data at all.</summary>
    public static TenantScope Anonymous { get; } = new(null, null, null, null);

    public bool IsSystem { get; private init; }

    /// <summary>
    /// This user's identity with system visibility: for Identity's stores, which must find any account (sign-in has
    /// no tenant yet) while the audit trail still names who acted.
    /// </summary>
    public TenantScope Elevated() => this with { IsSystem = true };

    /// <summary>The vendor's users (admin, operations, desk, finance) work across partners.</summary>
    public bool SeesAllPartners => IsSystem || OrganisationKind == Domain.Partners.OrganisationKind.Vendor;

    /// <summary>The partner whose data this scope may touch; <see cref="Guid.Empty"/> matches nothing.</summary>
    public Guid PartnerId =>
        OrganisationKind == Domain.Partners.OrganisationKind.SalesPartner && OrganisationId is { } id ? id : Guid.Empty;

    /// <summary>The organisation of the user, or <see cref="Guid.Empty"/>.</summary>
    public Guid OwnOrganisationId => OrganisationId ?? Guid.Empty;
}
