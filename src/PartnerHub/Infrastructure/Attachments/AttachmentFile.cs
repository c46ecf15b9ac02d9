using Microsoft.AspNetCore.Components.Forms;
using PartnerHub.Domain.Attachments;

namespace PartnerHub.Infrastructure.Attachments;

/// <summary>A file as the browser sent it: what it declared, and how to read its bytes once the declaration passed the rules.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, long DeclaredSize, Func<Stream> OpenRead)
{
    /// <summary>
    /// A picked file, for any case that takes attachments; its stream refuses to read past <paramref name="rules"/>' limit, and
    /// one byte over lets the store see "too large" rather than a broken stream.
    /// </summary>
    public static AttachmentFile FromBrowser(IBrowserFile file, AttachmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(rules);
        return new(file.Name, file.ContentType, file.Size, () => file.OpenReadStream(rules.MaxSizeBytes + 1));
    }
}
