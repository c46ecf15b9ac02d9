using Microsoft.EntityFrameworkCore;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Exports;

/// <summary>
/// Issued documents of one test issuer, made through the invoice aggregate's own methods (draft, lines, qualified form, issue)
/// without printing, so a test can have hundreds of them in seconds. Numbers follow the issuer's series format; the exports
/// read only the stored invoice, not its PDF.
/// </summary>
internal sealed class IssuedDocumentsBuilder(HubAppFactory app, Guid issuerId)
{
    private const string RegistrationNumber = "T7000012050002";
    private int _invoices;
    private int _creditNotes;

    public Guid IssuerId { get; } = issuerId;

    public static async Task<IssuedDocumentsBuilder> NewIssuerAsync(HubAppFactory app)
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        return new IssuedDocumentsBuilder(app, billing.IssuerId);
    }

    /// <summary>Issues one invoice per line set, to <paramref name="partnerId"/> (or a differently named recipient).</summary>
    public async Task<IReadOnlyList<Invoice>> InvoicesAsync(
        Guid partnerId, int count, Func<int, IReadOnlyList<(InvoiceLine Line, InvoiceLineSource Source)>> lines, DateOnly transactionDate, DateOnly dueDate,
        string? recipientName = null)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var issuerName = await db.Organisations.Where(o => o.Id == IssuerId).Select(o => o.Name).SingleAsync(TestContext.Current.CancellationToken);
        var partnerName = recipientName ?? await db.Organisations.Where(o => o.Id == partnerId).Select(o => o.Name).SingleAsync(TestContext.Current.CancellationToken);
        var made = new List<Invoice>();
        for (int i = 0; i < count; i++)
        {
            var invoice = Invoice.DraftInvoice(Guid.NewGuid(), IssuerId, partnerId, InvoiceRecipientKind.Partner, partnerId, partnerName, transactionDate, dueDate,
                new InvoiceTaxPolicy(PriceBasis.TaxIncluded, RoundingMode.Down, TaxRateTable.Japan), TimeProvider.System.GetUtcNow(), "test").Invoice.ShouldNotBeNull();
            foreach (var (line, source) in lines(i))
            {
                invoice.AddLine(line, source).ShouldBeNull();
            }

            Issue(invoice, issuerName, InvoiceNumberFormat.Format(InvoiceNumberFormat.SeriesOf(InvoiceKind.Invoice), 2026, ++_invoices));
            db.Invoices.Add(invoice);
            made.Add(invoice);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return made;
    }

    /// <summary>A manual charge of <paramref name="amount"/> (tax included) at the standard rate.</summary>
    public static IReadOnlyList<(InvoiceLine, InvoiceLineSource)> Charge(long amount, TaxCategory category = TaxCategory.Standard) =>
        [(InvoiceLine.Charge("オンサイト設定作業", 1, new Yen(amount), category), InvoiceLineSource.Manual("作業報告書"))];

    /// <summary>Issues a credit note of <paramref name="amount"/> (a positive magnitude) against <paramref name="original"/>.</summary>
    public async Task<Invoice> CreditAsync(Invoice original, long amount, DateOnly creditDate)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var stored = await db.Invoices.SingleAsync(i => i.Id == original.Id, TestContext.Current.CancellationToken);
        var note = Invoice.DraftCreditNote(stored, Guid.NewGuid(), creditDate, creditDate, TimeProvider.System.GetUtcNow(), "test").Invoice.ShouldNotBeNull();
        foreach (var item in note.Items.ToList())
        {
            note.RemoveLine(item.Id).ShouldBeNull();
        }

        note.AddLine(InvoiceLine.Credit("サービス停止に伴う減額", new Yen(amount), TaxCategory.Standard), InvoiceLineSource.Manual("約款 第7条第2項")).ShouldBeNull();
        Issue(note, stored.IssuerName!, InvoiceNumberFormat.Format(InvoiceNumberFormat.SeriesOf(InvoiceKind.CreditNote), 2026, ++_creditNotes));
        db.Invoices.Add(note);
        stored.CancelWith(note);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return note;
    }

    private static void Issue(Invoice invoice, string issuerName, string number)
    {
        var qualified = invoice.ToQualified(issuerName, InvoiceRegistrationNumber.Validate(RegistrationNumber).Value);
        invoice.Issue(number, 2026, qualified.Invoice.ShouldNotBeNull(), new PrintedAddresses(null, null), TimeProvider.System.GetUtcNow(), "test").ShouldBeNull();
    }
}
