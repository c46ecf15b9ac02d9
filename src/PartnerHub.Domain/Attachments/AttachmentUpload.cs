namespace PartnerHub.Domain.Attachments;

/// <summary>What the web layer knows about an uploaded file before it is attached.</summary>
/// <param name="FileName">File name as the browser sent it.</param>
/// <param name="ContentType">MIME type as the browser sent it.</param>
/// <param name="SizeBytes">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content in hex.</param>
/// <param name="StorageKey">Where the bytes were stored.</param>
public sealed record AttachmentUpload(string FileName, string ContentType, long SizeBytes, string Sha256, string StorageKey);
