using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.Options;

namespace ApplianceBridge.Ingest;

// The appliances allowed to post, with their HMAC keys: the configured list plus an optional file of
// "serial secret" lines (one per line, '#' comments), so a fleet's secrets can live outside appsettings.
internal sealed class ApplianceDirectory
{
    private readonly FrozenDictionary<string, byte[]> _keys;

    public ApplianceDirectory(IOptions<BridgeOptions> options)
    {
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (ApplianceCredential credential in options.Value.Appliances)
        {
            keys[credential.Serial] = Encoding.UTF8.GetBytes(credential.Secret);
        }

        if (!string.IsNullOrWhiteSpace(options.Value.AppliancesFile))
        {
            foreach ((string serial, string secret) in ReadFile(options.Value.AppliancesFile))
            {
                keys[serial] = Encoding.UTF8.GetBytes(secret);
            }
        }

        _keys = keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => _keys.Count;

    public bool TryGetKey(string serial, out byte[] key) => _keys.TryGetValue(serial, out key!);

    public static IEnumerable<(string Serial, string Secret)> ReadFile(string path)
    {
        int lineNumber = 0;
        foreach (string raw in File.ReadLines(path))
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length < 16)
            {
                throw new InvalidOperationException(
                    $"{path} line {lineNumber}: expected '<serial> <secret>' with a secret of at least 16 characters.");
            }

            yield return (parts[0], parts[1]);
        }
    }
}
