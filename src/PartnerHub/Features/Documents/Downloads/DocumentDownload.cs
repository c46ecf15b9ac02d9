using System.Text;
using Microsoft.Net.Http.Headers;

namespace PartnerHub.Features.Documents.Downloads;

/// <summary>
/// File results for minimal API endpoints that return generated documents, with a Content-Disposition that keeps Japanese file
/// names (RFC 6266 / RFC 5987: an ASCII fallback in filename and the real name in filename*=UTF-8''…).
/// </summary>
/// <example>
/// <code>
/// group.MapGet("/organisations/{id}/master-sheet.pdf", async (...) =&gt; DocumentDownload.Pdf(await pdf.RenderAsync&lt;…&gt;(…), $"取引先台帳_{name}.pdf"));
/// </code>
/// </example>
public static class DocumentDownload
{
    public const string PdfContentType = "application/pdf";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string ZipContentType = "application/zip";

    private static readonly char[] s_invalidFileNameChars = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>A PDF download; <paramref name="inline"/> opens it in the browser's viewer instead of saving it.</summary>
    public static IResult Pdf(byte[] content, string fileName, bool inline = false) =>
        new DocumentFileResult(content, PdfContentType, ContentDisposition(fileName, inline));

    /// <summary>A CSV download in the encoding its bytes are in (<paramref name="charset"/>: "shift_jis" for CP932, "utf-8").</summary>
    public static IResult Csv(byte[] content, string charset, string fileName) =>
        new DocumentFileResult(content, "text/csv; charset=" + charset, ContentDisposition(fileName, inline: false));

    /// <summary>
    /// An Excel download. The workbook is written to a temporary file (so a failure half-way answers with an error instead of
    /// a truncated file, and a 50,000-row workbook does not sit in memory), streamed to the client and deleted when the response ends.
    /// </summary>
    public static IResult Excel(Action<Stream> write, string fileName) => TemporaryFile(write, XlsxContentType, fileName);

    /// <summary>A zip download, written to a temporary file like <see cref="Excel"/>.</summary>
    public static IResult Zip(Action<Stream> write, string fileName) => TemporaryFile(write, ZipContentType, fileName);

    private static DocumentFileResult TemporaryFile(Action<Stream> write, string contentType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(write);
        var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 81920, FileOptions.DeleteOnClose);
        try
        {
            write(file);
            file.Position = 0;
            return new DocumentFileResult(file, contentType, ContentDisposition(fileName, inline: false));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The Content-Disposition value: an ASCII fallback name for old clients and the UTF-8 name for everyone else.</summary>
    public static string ContentDisposition(string fileName, bool inline)
    {
        var header = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        header.SetHttpFileName(SafeFileName(fileName));
        return header.ToString();
    }

    /// <summary>Removes path separators and characters Windows refuses in file names; a user's company name ends up in these names.</summary>
    public static string SafeFileName(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var builder = new StringBuilder(fileName.Length);
        foreach (char c in fileName)
        {
            builder.Append(char.IsControl(c) || Array.IndexOf(s_invalidFileNameChars, c) >= 0 ? '_' : c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>Writes the document with no caching: documents carry one partner's data and must not stay in shared caches.</summary>
    private sealed class DocumentFileResult : IResult
    {
        private readonly byte[]? _content;
        private readonly Stream? _stream;
        private readonly string _contentType;
        private readonly string _contentDisposition;

        public DocumentFileResult(byte[] content, string contentType, string contentDisposition)
        {
            ArgumentNullException.ThrowIfNull(content);
            _content = content;
            _contentType = contentType;
            _contentDisposition = contentDisposition;
        }

        public DocumentFileResult(Stream stream, string contentType, string contentDisposition)
        {
            _stream = stream;
            _contentType = contentType;
            _contentDisposition = contentDisposition;
        }

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            HttpResponse response = httpContext.Response;
            response.ContentType = _contentType;
            response.Headers.ContentDisposition = _contentDisposition;
            response.Headers.CacheControl = "no-store";
            response.Headers.XContentTypeOptions = "nosniff";
            if (_content is not null)
            {
                response.ContentLength = _content.Length;
                await response.Body.WriteAsync(_content, httpContext.RequestAborted);
                return;
            }

            await using Stream stream = _stream!;
            response.ContentLength = stream.Length - stream.Position;
            await stream.CopyToAsync(response.Body, httpContext.RequestAborted);
        }
    }
}
