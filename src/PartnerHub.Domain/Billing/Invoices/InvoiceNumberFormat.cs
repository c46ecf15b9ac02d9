using System.Globalization;

namespace PartnerHub.Domain.Billing.Invoices;

/// <summary>
/// Invoice numbers: <c>{series}-{fiscal year}-{sequence, 6 digits}</c>, e.g. INV-2026-000123 (invoices) and
/// CN-2026-000004 (credit notes). Each series counts from 1 per issuer and fiscal year without gaps.
/// </summary>
public static class InvoiceNumberFormat
{
    /// <summary>The series of invoices.</summary>
    public const string InvoiceSeries = "INV";

    /// <summary>The series of credit notes (適格返還請求書).</summary>
    public const string CreditNoteSeries = "CN";

    /// <summary>The series a document of <paramref name="kind"/> is numbered in.</summary>
    public static string SeriesOf(InvoiceKind kind) => kind == InvoiceKind.CreditNote ? CreditNoteSeries : InvoiceSeries;

    /// <summary>The number printed on the document.</summary>
    public static string Format(string series, int fiscalYear, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{series}-{fiscalYear:D4}-{sequence:D6}");
}
