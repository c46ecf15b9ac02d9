using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using PartnerHub.Infrastructure.Security;

namespace PartnerHub.Tests.Security;

/// <summary>A production start refuses the demo data and weak bridge keys, naming the setting (issue 13, first run).</summary>
public class ProductionSettingsGuardTests
{
    private const string StrongKey = "q8Vn3xK0b7Yt2LmPz5RwA9cE1hJ6uSgD4fTiNoXyBvM=";

    [Fact]
    public void Problems_InProductionWithDemoDataAndTheSampleKey_NameBothSettings()
    {
        var problems = ProductionSettingsGuard.Problems(Environment("Production"), Settings(
            ("Database:SeedDemoData", "true"),
            ("Devices:Ingest:Bridges:0:BridgeId", "bridge-tokyo-1"), ("Devices:Ingest:Bridges:0:ApiKey", "replace-with-a-long-random-key")));

        problems.Count.ShouldBe(3);
        problems[0].ShouldStartWith("Database:SeedDemoData");
        problems[1].ShouldStartWith("DataProtection:CertificatePath");
        problems[2].ShouldStartWith("Devices:Ingest:Bridges:0:ApiKey");
    }

    [Theory]
    [InlineData("0123456789abcdef0123")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Problems_InProductionWithAShortOrRepetitiveKey_NameTheKey(string key)
    {
        var problems = ProductionSettingsGuard.Problems(Environment("Production"), Settings(
            ("Devices:Ingest:Bridges:0:BridgeId", "a"), ("Devices:Ingest:Bridges:1:BridgeId", "b"), ("Devices:Ingest:Bridges:0:ApiKey", StrongKey), ("Devices:Ingest:Bridges:1:ApiKey", key)));

        problems.ShouldContain(p => p.StartsWith("Devices:Ingest:Bridges:1:ApiKey", StringComparison.Ordinal));
        problems.ShouldNotContain(p => p.StartsWith("Devices:Ingest:Bridges:0:ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_InProductionWithAStrongKeyACertificateAndNoDemoData_AreNone()
    {
        string certificate = Path.GetTempFileName();

        ProductionSettingsGuard.Problems(Environment("Production"), Settings(("Devices:Ingest:Bridges:0:BridgeId", "a"), ("Devices:Ingest:Bridges:0:ApiKey", StrongKey),
                ("DataProtection:CertificatePath", certificate)))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Problems_InProductionWithABridgeKeyBoundToEveryAppliance_NameTheBinding()
    {
        var problems = ProductionSettingsGuard.Problems(Environment("Production"), Settings(("Devices:Ingest:Bridges:0:BridgeId", "a"), ("Devices:Ingest:Bridges:0:ApiKey", StrongKey),
            ("Devices:Ingest:Bridges:0:Appliances:0", "SN-TOKYO-*"), ("Devices:Ingest:Bridges:0:Appliances:1", "*")));

        problems.ShouldContain(p => p.StartsWith("Devices:Ingest:Bridges:0:Appliances", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_InProductionWithoutAKeyCertificate_NameTheSetting()
    {
        ProductionSettingsGuard.Problems(Environment("Production"), Settings()).ShouldHaveSingleItem().ShouldStartWith("DataProtection:CertificatePath");
        ProductionSettingsGuard.Problems(Environment("Production"), Settings(("DataProtection:CertificatePath", "/nonexistent/keys.pfx")))
            .ShouldHaveSingleItem().ShouldContain("does not exist");
    }

    [Fact]
    public void Problems_InDevelopment_AreNoneSoTheDemoRuns() =>
        ProductionSettingsGuard.Problems(Environment("Development"), Settings(("Database:SeedDemoData", "true"), ("Devices:Ingest:Bridges:0:ApiKey", "demo-bridge-key-not-for-production")))
            .ShouldBeEmpty();

    [Fact]
    public void ThrowIfUnsafe_InProductionWithDemoData_StopsTheStart() =>
        Should.Throw<InvalidOperationException>(() => ProductionSettingsGuard.ThrowIfUnsafe(Environment("Production"), Settings(("Database:SeedDemoData", "true"))))
            .Message.ShouldContain("Database:SeedDemoData");

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static TestEnvironment Environment(string name) => new() { EnvironmentName = name };

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "PartnerHub";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
