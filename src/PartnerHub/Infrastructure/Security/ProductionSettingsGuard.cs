namespace PartnerHub.Infrastructure.Security;

/// <summary>
/// Settings a production hub must not start with: the demo data (known passwords for every role), bridge keys that
/// are placeholders or too short to resist guessing, and bridge keys bound to every appliance ("*"). Outside Development the hub refuses to start and names each setting.
/// </summary>
public static class ProductionSettingsGuard
{
    /// <summary>32 random bytes written in Base64 (the shortest way to write them that people use for keys).</summary>
    public const int MinimumKeyLength = 43;

    private static readonly string[] s_placeholderWords = ["replace", "sample", "example", "demo", "changeme", "change-me", "not-for-production", "secret"];

    /// <summary>Every unsafe setting, each naming its configuration key; empty when the hub may start.</summary>
    public static IReadOnlyList<string> Problems(IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        if (environment.IsDevelopment())
        {
            return [];
        }

        var problems = new List<string>();
        if (configuration.GetValue<bool>("Database:SeedDemoData"))
        {
            problems.Add("Database:SeedDemoData must be false outside Development: the demo data signs in every role with a published password.");
        }

        string certificate = configuration[DataProtectionKeyEncryption.Section + ":CertificatePath"] ?? string.Empty;
        if (string.IsNullOrWhiteSpace(certificate))
        {
            problems.Add("DataProtection:CertificatePath must name a .pfx outside Development: it encrypts the keys that sign every session.");
        }
        else if (!File.Exists(certificate))
        {
            problems.Add($"DataProtection:CertificatePath '{certificate}' does not exist.");
        }

        var bridges = configuration.GetSection(Features.Devices.Ingest.BridgeIngestOptions.Section + ":Bridges").GetChildren().ToList();
        for (int i = 0; i < bridges.Count; i++)
        {
            string key = bridges[i]["ApiKey"] ?? string.Empty;
            string setting = $"{Features.Devices.Ingest.BridgeIngestOptions.Section}:Bridges:{i}:ApiKey";
            if (s_placeholderWords.Any(word => key.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{setting} is a placeholder; generate a key, e.g. `openssl rand -base64 32`.");
            }
            else if (key.Length < MinimumKeyLength || key.Distinct().Count() < 16)
            {
                problems.Add($"{setting} must hold at least 32 random bytes ({MinimumKeyLength} Base64 characters), e.g. `openssl rand -base64 32`.");
            }

            // "*" alone would let the key speak for every appliance, which is what the binding exists to prevent.
            if (bridges[i].GetSection("Appliances").GetChildren().Any(a => a.Value?.Trim() == "*"))
            {
                problems.Add($"{Features.Devices.Ingest.BridgeIngestOptions.Section}:Bridges:{i}:Appliances must list the serials (or serial prefixes such as SN-TOKYO-*) its bridge serves, not \"*\".");
            }
        }

        return problems;
    }

    /// <summary>Stops the start-up with every problem listed, before the database is touched.</summary>
    public static void ThrowIfUnsafe(IHostEnvironment environment, IConfiguration configuration)
    {
        var problems = Problems(environment, configuration);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("PartnerHub refuses to start with unsafe settings:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
        }
    }
}
