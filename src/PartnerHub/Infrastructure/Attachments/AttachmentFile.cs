namespace PartnerHub.Infrastructure.Attachments;

/// <summary>A file as the browser sent it: what it declared, and how to read its bytes once the declaration passed the rules.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, long DeclaredSize, Func<Stream> OpenRead);
