using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApplianceBridge.Shipping;

// The shipper's position on disk. Written after every acknowledged batch as a new file that is fsynced and renamed
// over the old one (then the directory is fsynced), so a kill -9 or power loss leaves either the previous or the new
// position, never a torn one. Lines between the stored position and the crash are sent again; the bridge and the hub
// recognise them by event id, so they are stored once.
internal sealed class ShipperStateFile(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public TailPosition? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            StoredPosition stored = JsonSerializer.Deserialize(File.ReadAllBytes(Path), ShipperJsonContext.Default.StoredPosition)
                ?? throw new JsonException("empty");
            return new TailPosition(
                stored.File,
                new FileIdentity(ulong.Parse(stored.Device, CultureInfo.InvariantCulture), ulong.Parse(stored.Inode, CultureInfo.InvariantCulture)),
                stored.Offset,
                Convert.FromBase64String(stored.Fingerprint));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or OverflowException)
        {
            throw new InvalidOperationException(
                $"The shipper state file {Path} is unreadable ({ex.Message}). Move it away to start again from the beginning of the eve.json (lines already shipped are then recognised as duplicates).", ex);
        }
    }

    public void Save(TailPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var stored = new StoredPosition(
            position.Path,
            position.Identity.Device.ToString(CultureInfo.InvariantCulture),
            position.Identity.Inode.ToString(CultureInfo.InvariantCulture),
            position.Offset,
            Convert.ToBase64String(position.Fingerprint));
        string directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        string temporary = Path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(file, stored, ShipperJsonContext.Default.StoredPosition);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path, overwrite: true);
        NativeMethods.FsyncDirectory(directory);
    }
}

internal sealed record StoredPosition(string File, string Device, string Inode, long Offset, string Fingerprint);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StoredPosition))]
internal sealed partial class ShipperJsonContext : JsonSerializerContext;
