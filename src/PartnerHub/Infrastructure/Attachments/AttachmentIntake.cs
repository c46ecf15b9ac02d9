using PartnerHub.Domain.Attachments;

namespace PartnerHub.Infrastructure.Attachments;

/// <summary>
/// Taking an uploaded file in, for every feature that accepts files: the rules are checked on what the browser declared
/// before a byte is stored; then the bytes go to the <see cref="AttachmentStore"/> under a new key and the rules are checked
/// again with the real size and SHA-256. The owning aggregate attaches the returned <see cref="AttachmentUpload"/> (and
/// applies its own quota), and <see cref="ScanAsync"/> decides whether it becomes downloadable. A refused file leaves nothing stored.
/// </summary>
public sealed class AttachmentIntake(AttachmentStore store, IAttachmentScanner scanner)
{
    private const string NoChecksumYet = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The first problem with what the browser declared, before anything is read.</summary>
    public static AttachmentProblem? CheckDeclared(AttachmentFile file, AttachmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Check(new AttachmentUpload(file.FileName, file.ContentType, file.DeclaredSize, NoChecksumYet, "pending"));
    }

    /// <summary>Stores the bytes of <paramref name="file"/> and checks them; returns the stored upload, or the problem (nothing kept).</summary>
    public async Task<AttachmentIntakeResult> StoreAsync(AttachmentFile file, AttachmentRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(rules);
        if (CheckDeclared(file, rules) is { } early)
        {
            return new(null, early);
        }

        (string Key, long Size, string Sha256) stored;
        try
        {
            await using var content = file.OpenRead();
            stored = await store.SaveAsync(content, rules.MaxSizeBytes, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // The browser stream ends with an IOException when the file is larger than the limit it was opened with.
            return new(null, AttachmentProblem.TooLarge);
        }

        var upload = new AttachmentUpload(file.FileName, file.ContentType, stored.Size, stored.Sha256, stored.Key);
        if (rules.Check(upload) is { } problem)
        {
            store.Delete(stored.Key);
            return new(null, problem);
        }

        return new(upload, null);
    }

    /// <summary>Scans a stored upload (see <see cref="IAttachmentScanner"/>).</summary>
    public Task<ScanStatus> ScanAsync(AttachmentUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return scanner.ScanAsync(store.PathOf(upload.StorageKey), upload.FileName, upload.SizeBytes, cancellationToken);
    }

    /// <summary>Removes stored uploads whose rows were not saved.</summary>
    public void Discard(IEnumerable<AttachmentUpload> uploads)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        foreach (var upload in uploads)
        {
            store.Delete(upload.StorageKey);
        }
    }
}

/// <summary>A stored upload, or why the file was refused.</summary>
public sealed record AttachmentIntakeResult(AttachmentUpload? Upload, AttachmentProblem? Problem);
