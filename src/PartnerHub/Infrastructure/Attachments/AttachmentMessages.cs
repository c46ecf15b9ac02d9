using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Attachments;
using PartnerHub.Resources;

namespace PartnerHub.Infrastructure.Attachments;

/// <summary>The shared words for uploads: why one was refused (with the limit or the allowed types where they help) and its scan.</summary>
public static class AttachmentMessages
{
    public static string Problem(IStringLocalizer<SharedStrings> strings, AttachmentRules rules, AttachmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(rules);
        return strings["AttachmentProblem_" + problem, rules.MaxSizeBytes / (1024 * 1024), string.Join(", ", rules.AllowedExtensions.Order(StringComparer.Ordinal)),
            rules.MaxFilesPerCase, rules.MaxBytesPerCase / (1024 * 1024)];
    }

    public static string Scan(IStringLocalizer<SharedStrings> strings, ScanStatus status)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return strings["Scan_" + status];
    }

    /// <summary>A file's size as people read it (B, KB, MB; 1 KB = 1,024 bytes), the same in both languages.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
