using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace PartnerHub.Infrastructure.Security;

/// <summary>
/// Encrypts the Data Protection keys the hub stores in its database with a certificate (section <c>DataProtection</c>):
/// the keys sign every session cookie and two-factor token, so whoever reads them unencrypted can forge a session.
/// </summary>
public static class DataProtectionKeyEncryption
{
    public const string Section = "DataProtection";

    /// <summary>
    /// With <c>DataProtection:CertificatePath</c> (a .pfx with its private key) and <c>DataProtection:CertificatePassword</c>,
    /// new keys are encrypted with it and keys so encrypted can be read; without it keys stay unencrypted (refused outside
    /// Development by <see cref="ProductionSettingsGuard"/>).
    /// </summary>
    public static IServiceCollection AddDataProtectionKeyEncryption(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? path = configuration[Section + ":CertificatePath"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[Section + ":CertificatePassword"], X509KeyStorageFlags.EphemeralKeySet);
            services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }
}
