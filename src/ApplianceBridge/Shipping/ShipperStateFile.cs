using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApplianceBridge.Shipping;

// The shipper's position on disk. Written after every acknowledged batch as a new file that is fsynced and renamed
// over the old one (then the directory is fsynced), so a kill -9 or power loss leaves either the previous or the new
// position, never a torn one. Lines between the stored position and the crash are sent again; the bridge and the hub
// recognise them by event id, so they are stored once. The folder it creates and the file are its service account's only
// (0700, 0600; see PrivateFiles).
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
        // The position names the customer's eve.json and a hash of its content: the service account's only, as the spool
        // is. The temporary file is created 0600 (a stale one is restricted first), so the renamed file is too.
        PrivateFiles.CreateFolder(directory);
        string temporary = Path + ".tmp";
        using (var file = PrivateFiles.Rewrite(temporary))
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
