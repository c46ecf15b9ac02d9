using System.Globalization;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>A document took longer than Documents:RenderTimeoutSeconds in the browser and was abandoned.</summary>
public sealed class DocumentRenderTimeoutException : TimeoutException
{
    public DocumentRenderTimeoutException(TimeSpan timeout)
        : base(string.Create(CultureInfo.InvariantCulture, $"The PDF document was not printed within {timeout.TotalSeconds:0} s (Documents:RenderTimeoutSeconds)."))
    {
    }

    public DocumentRenderTimeoutException()
    {
    }

    public DocumentRenderTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
