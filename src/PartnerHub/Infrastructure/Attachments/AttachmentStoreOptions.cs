using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Infrastructure.Attachments;

/// <summary>Where uploaded files are kept (section <c>Attachments</c>): case attachments and scanned letters alike.</summary>
public sealed class AttachmentStoreOptions
{
    public const string Section = "Attachments";

    /// <summary>
    /// Folder for attachment bytes, outside wwwroot; relative paths are under the content root. Files are named by their
    /// storage key, never by the user's file name.
    /// </summary>
    [Required]
    public string StorePath { get; set; } = "App_Data/attachments";
}
