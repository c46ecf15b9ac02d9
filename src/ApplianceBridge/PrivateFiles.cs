namespace ApplianceBridge;

/// <summary>
/// What the bridge and the shipper create for customers' data (the spool, the shipper's position) is readable by their
/// service account only: folders 0700, files 0600 on Unix (hub issue 13). Folders that already exist keep their mode: they
/// may be shared ones, or placed by systemd's <c>StateDirectoryMode</c>. The hub has the same rule in its own
/// <c>Infrastructure/Security/PrivateFiles</c>; the bridge is deployed on its own and does not reference the hub.
/// </summary>
internal static class PrivateFiles
{
    /// <summary>Owner read and write only.</summary>
    public const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OwnerFolder = OwnerFile | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> (and missing parents) for the service account only, unless it exists.</summary>
    public static void CreateFolder(string? path)
    {
        if (string.IsNullOrEmpty(path) || Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerFolder);
        }
    }

    /// <summary>Takes group and other access away from a file the bridge owns.</summary>
    public static void Restrict(string file)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(file))
        {
            File.SetUnixFileMode(file, OwnerFile);
        }
    }

    /// <summary>
    /// Creates or truncates <paramref name="path"/> for writing, readable by the service account only: a new file is created
    /// 0600, and one left behind with a wider mode (an interrupted earlier write) is restricted before anything is written.
    /// </summary>
    public static FileStream Rewrite(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerFile;
        }

        var file = new FileStream(path, options);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file.SafeFileHandle, OwnerFile);
        }

        return file;
    }
}
