namespace PartnerHub.Domain.Partners;

/// <summary>The roles a hub user can hold, and which organisation kind each belongs to.</summary>
public static class HubRoles
{
    /// <summary>Vendor administrator: organisations, users, price lists, policies, notices.</summary>
    public const string VendorAdmin = "VendorAdmin";

    /// <summary>Vendor operations: parameter sheets, data-collection checks, hardware (004 別紙4).</summary>
    public const string VendorOperations = "VendorOperations";

    /// <summary>Second-line desk (二次受付窓口, 004 別紙3 §1-3): escalations for all partners.</summary>
    public const string SecondLineDesk = "SecondLineDesk";

    /// <summary>Finance: renewals, invoices, credits and exports.</summary>
    public const string Finance = "Finance";

    /// <summary>Partner administrator: manages its own staff and customers.</summary>
    public const string PartnerAdmin = "PartnerAdmin";

    /// <summary>Partner staff: sales and the first-line desk (一次受付窓口, 004 別紙3 §1-2).</summary>
    public const string PartnerStaff = "PartnerStaff";

    /// <summary>Hardware vendor staff: kitting and shipping tasks assigned to its organisation.</summary>
    public const string HardwareVendor = "HardwareVendor";

    /// <summary>Every role, in the order the UI lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [VendorAdmin, VendorOperations, SecondLineDesk, Finance, PartnerAdmin, PartnerStaff, HardwareVendor];

    /// <summary>The organisation kind whose users may hold <paramref name="role"/>.</summary>
    public static OrganisationKind KindOf(string role) => role switch
    {
        VendorAdmin or VendorOperations or SecondLineDesk or Finance => OrganisationKind.Vendor,
        PartnerAdmin or PartnerStaff => OrganisationKind.SalesPartner,
        HardwareVendor => OrganisationKind.HardwareVendor,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown hub role."),
    };

    /// <summary>The roles open to users of an organisation of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<string> For(OrganisationKind kind) =>
        All.Where(role => KindOf(role) == kind).ToList();

    /// <summary>
    /// Roles that must use TOTP two-factor sign-in: they see every partner's data or money.
    /// </summary>
    public static bool RequiresTwoFactor(string role) =>
        role is VendorAdmin or VendorOperations or SecondLineDesk or Finance;
}
