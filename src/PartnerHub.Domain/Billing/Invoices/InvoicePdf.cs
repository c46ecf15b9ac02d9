using System.Security.Cryptography;
using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Billing.Invoices;

/// <summary>
/// The PDF of an issued invoice exactly as issued (電子帳簿保存法: the data as sent is kept unaltered). Its hash is on the
/// invoice, so a stored file that no longer matches is detected.
/// </summary>
public sealed class InvoicePdf : IPartnerOwned
{
    /// <summary>Keeps <paramref name="content"/> as the issued PDF of <paramref name="invoice"/>.</summary>
    public InvoicePdf(Invoice invoice, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(content);
        InvoiceId = invoice.Id;
        PartnerId = invoice.PartnerId;
        Content = content;
        Sha256 = HashOf(content);
    }

    private InvoicePdf()
    {
        Content = [];
        Sha256 = string.Empty;
    }

    /// <summary>The invoice this is the PDF of.</summary>
    public Guid InvoiceId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The PDF bytes.</summary>
    public byte[] Content { get; private set; }

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    /// <summary>SHA-256 of <paramref name="content"/> as lower-case hex.</summary>
    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
