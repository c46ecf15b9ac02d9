using System.Globalization;
using Bunit;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing;

/// <summary>The qualified-invoice content of the printed document (消費税法 §57-4).</summary>
public class InvoiceDocumentTests : MudTestContext
{
    private static readonly InvoiceRegistrationNumber Registration = InvoiceRegistrationNumber.Validate("T7000012050002").Value;
    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(9));

    public InvoiceDocumentTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    public void Render_MixedRates_MarksReducedLinesAndPrintsTaxPerRate()
    {
        var invoice = Draft();
        invoice.AddLine(InvoiceLine.Charge("監視サービス利用料", 1, new Yen(110_000), TaxCategory.Standard), InvoiceLineSource.Manual("テスト")).ShouldBeNull();
        invoice.AddLine(InvoiceLine.Charge("会議用飲料", 3, new Yen(1_080), TaxCategory.Reduced), InvoiceLineSource.Manual("テスト")).ShouldBeNull();

        var document = Render(invoice, japaneseEra: false);

        document.Markup.ShouldContain("会議用飲料 ※");
        document.Markup.ShouldNotContain("監視サービス利用料 ※");
        document.Markup.ShouldContain("※は軽減税率対象品目です。");
        var rates = document.Find("[data-testid=rate-totals]").TextContent;
        rates.ShouldContain("10%対象");
        rates.ShouldContain("軽減税率8%対象");
        // ¥3,240 tax included at 8%: ¥240 tax once for the rate; ¥110,000 at 10%: ¥10,000.
        rates.ShouldContain("¥240");
        rates.ShouldContain("¥10,000");
        document.Find("[data-testid=registration-number]").TextContent.ShouldContain("T7000012050002");
        document.Markup.ShouldContain("2026年11月1日");
    }

    [Fact]
    public void Render_JapaneseEraSetting_PrintsWareki()
    {
        var invoice = Draft();
        invoice.AddLine(InvoiceLine.Charge("監視サービス利用料", 1, new Yen(110_000), TaxCategory.Standard), InvoiceLineSource.Manual("テスト")).ShouldBeNull();

        var document = Render(invoice, japaneseEra: true);

        document.Markup.ShouldContain("令和8年11月1日");
    }

    [Fact]
    public void Render_CreditNote_IsTitledAsSuchAndNamesTheOriginal()
    {
        var original = Draft();
        original.AddLine(InvoiceLine.Charge("監視サービス利用料", 1, new Yen(110_000), TaxCategory.Standard), InvoiceLineSource.Manual("テスト")).ShouldBeNull();
        original.Issue("INV-2026-000007", 2026, original.ToQualified("販売元株式会社", Registration).Invoice!, new PrintedAddresses(null, null), At, "finance").ShouldBeNull();
        var note = Invoice.DraftCreditNote(original, Guid.NewGuid(), new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), At, "finance").Invoice!;

        var document = Render(note, japaneseEra: false);

        document.Find("h1").TextContent.ShouldBe("返還請求書");
        document.Markup.ShouldContain("INV-2026-000007");
        document.Markup.ShouldContain("-¥110,000");
    }

    private IRenderedComponent<InvoiceDocument> Render(Invoice invoice, bool japaneseEra) =>
        Render<InvoiceDocument>(p => p
            .Add(d => d.Invoice, invoice)
            .Add(d => d.Document, invoice.ToQualified("販売元株式会社", Registration).Invoice!)
            .Add(d => d.Number, "INV-2026-000001")
            .Add(d => d.IssuedOn, new DateOnly(2026, 11, 2))
            .Add(d => d.JapaneseEra, japaneseEra));

    private static Invoice Draft() =>
        Invoice.DraftInvoice(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), InvoiceRecipientKind.Partner, Guid.NewGuid(), "パートナー株式会社",
            new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), InvoiceTaxPolicy.TaxIncludedRoundDown, At, "finance").Invoice!;
}
