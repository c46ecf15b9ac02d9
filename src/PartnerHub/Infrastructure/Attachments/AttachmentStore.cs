using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PartnerHub.Infrastructure.Attachments;

/// <summary>
/// Attachment bytes on disk in <see cref="AttachmentStoreOptions.StorePath"/> (outside wwwroot, so nothing is ever
/// served statically). A file's name is its storage key (32 hex digits), never the name the user gave.
/// </summary>
public sealed class AttachmentStore
{
    private readonly string _root;

    public AttachmentStore(IOptions<AttachmentStoreOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.StorePath));
    }

    public string Root => _root;

    /// <summary>Copies <paramref name="content"/> (at most <paramref name="maxBytes"/>) to a new key; returns the key, size and SHA-256.</summary>
    /// <exception cref="InvalidDataException">The content is longer than <paramref name="maxBytes"/> (the partial file is removed).</exception>
    public async Task<(string StorageKey, long Size, string Sha256)> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Security.PrivateFiles.CreateFolder(_root);
        string key = Guid.NewGuid().ToString("N");
        string path = PathOf(key);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        try
        {
            await using var file = new FileStream(path, Security.PrivateFiles.NewFile());
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new InvalidDataException("The upload is larger than allowed.");
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch
        {
            Delete(key);
            throw;
        }

        return (key, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The file of <paramref name="storageKey"/>; only keys this store made are accepted.</summary>
    public string PathOf(string storageKey)
    {
        if (storageKey is not { Length: 32 } || !storageKey.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a storage key.", nameof(storageKey));
        }

        return Path.Combine(_root, storageKey);
    }

    public Stream OpenRead(string storageKey) =>
        new FileStream(PathOf(storageKey), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(string storageKey)
    {
        var path = PathOf(storageKey);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
