using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>The keys that sign sessions are stored encrypted with the configured certificate (issue 13, secrets at rest).</summary>
public class DataProtectionKeyTests
{
    [Fact]
    public async Task StoredKeys_WithACertificateConfigured_AreEncryptedAndStillUsable()
    {
        string folder = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"keys-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        string pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=PartnerHub keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-password"), TestContext.Current.CancellationToken);
        }

        await using var root = new HubAppFactory();
        await using var app = root.WithWebHostBuilder(b => b
            .UseSetting("Database:SeedDemoData", "false")
            .UseSetting("Database:ConnectionString", new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "hub.db"), Pooling = false }.ToString())
            .UseSetting("DataProtection:CertificatePath", pfx)
            .UseSetting("DataProtection:CertificatePassword", "pfx-password"));
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        string sealedText = protector.Protect("セッション");

        protector.Unprotect(sealedText).ShouldBe("セッション");
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync(TestContext.Current.CancellationToken);
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(xml => xml!.Contains("EncryptedData", StringComparison.Ordinal) && !xml.Contains("<masterKey", StringComparison.Ordinal));
    }
}
