namespace PartnerHub.Data.Seeding;

/// <summary>Fixed ids of the demo organisations, so docs and tests can name them.</summary>
public static class DemoOrganisations
{
    public static readonly Guid Vendor = new("0b6f6a51-0000-4000-8000-000000000001");
    public static readonly Guid MinatoPartner = new("0b6f6a51-0000-4000-8000-000000000011");
    public static readonly Guid HokurikuPartner = new("0b6f6a51-0000-4000-8000-000000000012");
    public static readonly Guid SakuraPartner = new("0b6f6a51-0000-4000-8000-000000000013");
    public static readonly Guid TohoHardwareVendor = new("0b6f6a51-0000-4000-8000-000000000021");

    /// <summary>The password of every demo login. Demo data is for local runs only (Database:SeedDemoData).</summary>
    public const string DemoPassword = "PartnerHub!2026";

    /// <summary>
    /// The TOTP secret (Base32) the demo vendor, desk and finance users are pre-enrolled with, so they can sign in
    /// with `oathtool --totp -b KEY` or any authenticator app.
    /// </summary>
    public const string DemoAuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
}
