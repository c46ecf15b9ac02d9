namespace PartnerHub.Infrastructure.Tenancy;

/// <summary>Claims the hub adds to a signed-in user's identity.</summary>
public static class HubClaimTypes
{
    public const string OrganisationId = "hub:org";
    public const string OrganisationKind = "hub:org_kind";
    public const string DisplayName = "hub:display_name";
    public const string TwoFactorEnabled = "hub:2fa";

    /// <summary>When the user signed in (round-trip "O" format, UTC): a staff sign-in ends a fixed time after it.</summary>
    public const string SignedInAt = "hub:signed_in_at";
}
