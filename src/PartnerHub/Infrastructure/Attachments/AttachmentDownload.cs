using Microsoft.Net.Http.Headers;

namespace PartnerHub.Infrastructure.Attachments;

/// <summary>How a stored upload is served, once the owning feature's query has found it visible and clean for the user.</summary>
public static class AttachmentDownload
{
    private const string UnsafeInFileNames = "\\/:*?\"<>|";

    /// <summary>
    /// The file as an opaque download whatever the upload claimed, so nothing a customer sent runs in the hub's origin;
    /// never cached, since it carries one partner's data.
    /// </summary>
    public static IResult Serve(HttpContext http, AttachmentStore store, string fileName, string storageKey)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(string.Concat(fileName.Select(c => char.IsControl(c) || UnsafeInFileNames.Contains(c, StringComparison.Ordinal) ? '_' : c)));
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Stream(store.OpenRead(storageKey), "application/octet-stream");
    }
}
