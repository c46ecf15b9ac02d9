using System.Globalization;

namespace PartnerHub.Features.Documents.Pdf;

public enum PdfOrientation
{
    Portrait,
    Landscape,
}

/// <summary>Page margins in millimetres. The footer with page numbers sits inside the bottom margin.</summary>
public sealed record PdfMargins(double TopMm, double RightMm, double BottomMm, double LeftMm)
{
    public static PdfMargins Default { get; } = new(15, 15, 18, 15);
}

/// <summary>How one PDF document is laid out and in which culture its component renders.</summary>
public sealed record PdfRenderOptions
{
    /// <summary>Culture for the component's strings, dates and numbers: Japanese unless the user chose English.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("ja");

    /// <summary>A4 in portrait by default.</summary>
    public PdfOrientation Orientation { get; init; } = PdfOrientation.Portrait;

    public PdfMargins Margins { get; init; } = PdfMargins.Default;

    /// <summary>Document title: the PDF's title metadata and, when set, a small running header on each page.</summary>
    public string? Title { get; init; }

    /// <summary>Text at the left of the footer (issuer, document number); the page number "n / N" is always on the right.</summary>
    public string? FooterText { get; init; }

    public static PdfRenderOptions Japanese { get; } = new();
}
