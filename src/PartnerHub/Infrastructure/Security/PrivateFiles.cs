namespace PartnerHub.Infrastructure.Security;

/// <summary>
/// Folders and files the hub creates for customer data (database, attachments, mail drop) are readable by the service
/// account only. Folders that already exist keep their mode: they may be shared ones (a database configured under /tmp).
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Owner read and write only, for files created with <see cref="FileStreamOptions"/>.</summary>
    public const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> (and missing parents) for the service account only, unless it exists.</summary>
    public static void CreateFolder(string path)
    {
        if (Directory.Exists(path))
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

    /// <summary>Takes group and other access away from a file the hub owns.</summary>
    public static void Restrict(string file)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(file))
        {
            File.SetUnixFileMode(file, OwnerFile);
        }
    }

    /// <summary>Options for a new file only the service account may read.</summary>
    public static FileStreamOptions NewFile(FileAccess access = FileAccess.Write, int bufferSize = 81920)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = access, Share = FileShare.None, BufferSize = bufferSize, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerFile;
        }

        return options;
    }
}
