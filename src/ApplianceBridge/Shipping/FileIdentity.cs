using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ApplianceBridge.Shipping;

// Which file a path or open handle is, independent of its name: device and inode. A rotated eve.json keeps its
// identity under its new name, and a new eve.json gets another, which is how the shipper tells rotation from growth.
// .NET exposes no inode, so it comes from Linux statx(2) (the shipper runs next to Suricata, on Linux).
internal readonly record struct FileIdentity(ulong Device, ulong Inode)
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxIno = 0x100;

    // struct statx offsets (include/uapi/linux/stat.h): stx_ino at 32, stx_dev_major at 136, stx_dev_minor at 140.
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;
    private const int StatxSize = 256;

    public override string ToString() => $"{Device >> 32}:{Device & 0xffffffff}/{Inode}";

    public static FileIdentity Of(SafeFileHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return Stat((int)handle.DangerousGetHandle(), "", AtEmptyPath, "open file");
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    // Null when nothing is at the path (between a rotation's rename and the writer creating the new file).
    public static FileIdentity? OfPath(string path)
    {
        try
        {
            return Stat(AtFdCwd, path, 0, path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static FileIdentity Stat(int directory, string path, int flags, string what)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The eve.json shipper runs on Linux (it identifies files by device and inode with statx).");
        }

        byte[] buffer = new byte[StatxSize];
        if (NativeMethods.Statx(directory, path, flags, StatxIno, buffer) != 0)
        {
            int error = Marshal.GetLastPInvokeError();
            const int noSuchFile = 2;
            if (error == noSuchFile)
            {
                throw new FileNotFoundException($"{what} does not exist", path);
            }

            throw new IOException($"statx({what}) failed with errno {error}");
        }

        ulong inode = BitConverter.ToUInt64(buffer, InodeOffset);
        ulong device = ((ulong)BitConverter.ToUInt32(buffer, DeviceMajorOffset) << 32) | BitConverter.ToUInt32(buffer, DeviceMinorOffset);
        return new FileIdentity(device, inode);
    }
}

internal static partial class NativeMethods
{
    private const int OpenReadOnlyDirectory = 0x10000; // O_RDONLY | O_DIRECTORY

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);

    // A rename is durable only once its directory is synced; .NET cannot open a directory, so this goes to libc.
    internal static void FsyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        int descriptor = Open(directory, OpenReadOnlyDirectory);
        if (descriptor < 0)
        {
            throw new IOException($"cannot open directory {directory} to sync it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"fsync of directory {directory} failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }
}
