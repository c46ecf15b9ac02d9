using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing;

public class InvoiceTests
{
    private static readonly InvoiceRegistrationNumber Registration = InvoiceRegistrationNumber.Validate("T7000012050002").Value;
    private static readonly DateOnly Billed = new(2026, 11, 1);
    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly Guid Partner = Guid.NewGuid();

    [Fact]
    public void AddLine_ManualLineWithReason_KeepsTotalsWithTaxOncePerRate()
    {
        var invoice = Draft();

        // Three lines of ¥105 tax excluded: per line the tax would be 3 × ¥10 = ¥30; once on ¥315 it is ¥31 (rounded down).
        for (int i = 0; i < 3; i++)
        {
            invoice.AddLine(InvoiceLine.Charge($"作業 {i}", 1, new Yen(105), TaxCategory.Standard), InvoiceLineSource.Manual("追加作業")).ShouldBeNull();
        }

        invoice.TaxExcludedTotal.ShouldBe(new Yen(315));
        invoice.TaxTotal.ShouldBe(new Yen(31));
        invoice.GrandTotal.ShouldBe(new Yen(346));
        invoice.RateTotals.ShouldHaveSingleItem().RatePercent.ShouldBe(10);
        invoice.Items.Select(i => i.Position).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void AddLine_ManualLineWithoutReason_RefusesAndAddsNothing()
    {
        var invoice = Draft();

        invoice.AddLine(InvoiceLine.Charge("作業", 1, new Yen(1_000), TaxCategory.Standard), InvoiceLineSource.Manual("  "))
            .ShouldBe(InvoiceRefusal.ManualLineWithoutReason);

        invoice.Items.ShouldBeEmpty();
    }

    [Fact]
    public void AddLine_ContractTermLine_NeedsNoReason()
    {
        var invoice = Draft();

        invoice.AddLine(InvoiceLine.Charge("年間利用料", 1, new Yen(396_000), TaxCategory.Standard), InvoiceLineSource.ContractTerm(Guid.NewGuid(), 2))
            .ShouldBeNull();

        invoice.Items.ShouldHaveSingleItem().SourceTerm.ShouldBe(2);
    }

    [Fact]
    public void Issue_Draft_FixesNumberAndIssuerAndLeavesThePdfPending()
    {
        var invoice = IssuedInvoice();

        invoice.Status.ShouldBe(InvoiceStatus.Issued);
        invoice.Number.ShouldBe("INV-2026-000001");
        invoice.FiscalYear.ShouldBe(2026);
        invoice.IssuerRegistrationNumber.ShouldBe("T7000012050002");
        invoice.PdfSha256.ShouldBeNull();
        invoice.IsPdfPending.ShouldBeTrue();
    }

    [Fact]
    public void RecordPdf_IssuedInvoice_KeepsTheHashOnceAndRefusesAnother()
    {
        var invoice = IssuedInvoice();
        var pdf = new InvoicePdf(invoice, [1, 2, 3]);

        invoice.RecordPdf(pdf).ShouldBeNull();
        invoice.RecordPdf(new InvoicePdf(invoice, [4, 5, 6])).ShouldBe(InvoiceRefusal.PdfAlreadyStored);

        invoice.PdfSha256.ShouldBe(InvoicePdf.HashOf([1, 2, 3]));
        invoice.IsPdfPending.ShouldBeFalse();
    }

    [Fact]
    public void RecordPdf_Draft_IsRefused()
    {
        var invoice = Draft();

        invoice.RecordPdf(new InvoicePdf(invoice, [1])).ShouldBe(InvoiceRefusal.NotIssued);
        invoice.PdfSha256.ShouldBeNull();
        invoice.IsPdfPending.ShouldBeFalse();
    }

    [Fact]
    public void AsIssued_IssuedInvoice_IsTheQualifiedDocumentAsIssued()
    {
        var invoice = IssuedInvoice();

        var document = invoice.AsIssued().ShouldNotBeNull();

        document.Issuer.Name.ShouldBe("販売元株式会社");
        document.Issuer.RegistrationNumber.Value.ShouldBe("T7000012050002");
        document.Totals.GrandTotal.ShouldBe(invoice.GrandTotal);
        Draft().AsIssued().ShouldBeNull();
    }

    [Fact]
    public void ChangesOnIssuedInvoice_AreRefusedAndChangeNothing()
    {
        var invoice = IssuedInvoice();
        var before = (invoice.Items.Count, invoice.GrandTotal, invoice.Number, invoice.PdfSha256);
        var document = invoice.ToQualified("販売元株式会社", Registration).Invoice!;

        invoice.AddLine(InvoiceLine.Charge("追加", 1, new Yen(1), TaxCategory.Standard), InvoiceLineSource.Manual("後から")).ShouldBe(InvoiceRefusal.NotDraft);
        invoice.RemoveLine(invoice.Items[0].Id).ShouldBe(InvoiceRefusal.NotDraft);
        invoice.Issue("INV-2026-000002", 2026, document, new PrintedAddresses(null, null), At, "finance").ShouldBe(InvoiceRefusal.NotDraft);

        (invoice.Items.Count, invoice.GrandTotal, invoice.Number, invoice.PdfSha256).ShouldBe(before);
    }

    [Fact]
    public void Issue_DraftWithoutLines_Refuses()
    {
        var invoice = Draft();
        var other = Draft();
        other.AddLine(InvoiceLine.Charge("作業", 1, new Yen(1_000), TaxCategory.Standard), InvoiceLineSource.Manual("理由")).ShouldBeNull();

        invoice.Issue("INV-2026-000001", 2026, other.ToQualified("販売元株式会社", Registration).Invoice!, new PrintedAddresses(null, null), At, "finance")
            .ShouldBe(InvoiceRefusal.NoLines);
        invoice.Number.ShouldBeNull();
    }

    [Fact]
    public void ToQualified_IssuerWithoutRegistrationNumber_ReportsTheMissingNumber()
    {
        var invoice = Draft();
        invoice.AddLine(InvoiceLine.Charge("作業", 1, new Yen(1_000), TaxCategory.Standard), InvoiceLineSource.Manual("理由")).ShouldBeNull();

        var result = invoice.ToQualified("販売元株式会社", null);

        result.IsComplete.ShouldBeFalse();
        result.Defects.ShouldBe([InvoiceDefect.MissingRegistrationNumber]);
    }

    [Fact]
    public void DraftCreditNote_IssuedInvoice_ReferencesItAndNegatesEveryLine()
    {
        var original = IssuedInvoice();

        var note = Invoice.DraftCreditNote(original, Guid.NewGuid(), Billed.AddDays(20), Billed.AddDays(20), At, "finance").Invoice!;

        note.Kind.ShouldBe(InvoiceKind.CreditNote);
        note.OriginalInvoiceId.ShouldBe(original.Id);
        note.OriginalNumber.ShouldBe(original.Number);
        note.OriginalTransactionDate.ShouldBe(original.TransactionDate);
        note.PartnerId.ShouldBe(original.PartnerId);
        note.Items.Select(i => i.Amount).ShouldBe(original.Items.Select(i => -i.Amount));
        note.Items.ShouldAllBe(i => i.Kind == InvoiceLineKind.Credit);
        note.GrandTotal.ShouldBe(-original.GrandTotal);
        note.TaxTotal.ShouldBe(-original.TaxTotal);
        note.Number.ShouldBeNull();
    }

    [Fact]
    public void DraftCreditNote_ForDraftOrCreditNote_Refuses()
    {
        Invoice.DraftCreditNote(Draft(), Guid.NewGuid(), Billed, Billed, At, "finance").Refusal.ShouldBe(InvoiceRefusal.OriginalNotIssued);

        var note = Invoice.DraftCreditNote(IssuedInvoice(), Guid.NewGuid(), Billed, Billed, At, "finance").Invoice!;
        Invoice.DraftCreditNote(note, Guid.NewGuid(), Billed, Billed, At, "finance").Refusal.ShouldBe(InvoiceRefusal.OriginalIsCreditNote);
    }

    [Fact]
    public void AddLine_ChargeOnCreditNote_Refuses()
    {
        var note = Invoice.DraftCreditNote(IssuedInvoice(), Guid.NewGuid(), Billed, Billed, At, "finance").Invoice!;

        note.AddLine(InvoiceLine.Charge("請求", 1, new Yen(100), TaxCategory.Standard), InvoiceLineSource.Manual("誤り"))
            .ShouldBe(InvoiceRefusal.LineKindDoesNotSuitDocument);
    }

    [Fact]
    public void CancelWith_IssuedFullReversal_CancelsTheOriginal()
    {
        var original = IssuedInvoice();
        var note = Invoice.DraftCreditNote(original, Guid.NewGuid(), Billed, Billed, At, "finance").Invoice!;
        note.Issue("CN-2026-000001", 2026, note.ToQualified("販売元株式会社", Registration).Invoice!, new PrintedAddresses(null, null), At, "finance").ShouldBeNull();

        original.CancelWith(note).ShouldBeTrue();

        original.Status.ShouldBe(InvoiceStatus.Cancelled);
        original.CancelledByCreditNoteId.ShouldBe(note.Id);
    }

    [Fact]
    public void CancelWith_PartialCredit_LeavesTheOriginalIssued()
    {
        var original = IssuedInvoice();
        var note = Invoice.DraftCreditNote(original, Guid.NewGuid(), Billed, Billed, At, "finance").Invoice!;
        note.RemoveLine(note.Items[0].Id).ShouldBeNull();
        note.AddLine(InvoiceLine.Credit("障害による減額", new Yen(10_000), TaxCategory.Standard), InvoiceLineSource.Manual("004 §7-2")).ShouldBeNull();
        note.Issue("CN-2026-000001", 2026, note.ToQualified("販売元株式会社", Registration).Invoice!, new PrintedAddresses(null, null), At, "finance").ShouldBeNull();

        original.CancelWith(note).ShouldBeFalse();

        original.Status.ShouldBe(InvoiceStatus.Issued);
    }

    [Fact]
    public void DraftInvoice_DueBeforeTransaction_Refuses()
    {
        Invoice.DraftInvoice(Guid.NewGuid(), Guid.NewGuid(), Partner, InvoiceRecipientKind.Partner, Partner, "パートナー株式会社", Billed, Billed.AddDays(-1),
            InvoiceTaxPolicy.TaxIncludedRoundDown, At, "finance").Refusal.ShouldBe(InvoiceRefusal.DueBeforeTransaction);
    }

    [Theory]
    [InlineData(4, "2026-04-01", 2026)]
    [InlineData(4, "2027-03-31", 2026)]
    [InlineData(4, "2026-03-31", 2025)]
    [InlineData(1, "2026-12-31", 2026)]
    [InlineData(10, "2026-09-30", 2025)]
    public void FiscalYear_Date_IsNamedAfterTheYearItStartsIn(int startMonth, string date, int expected) =>
        new FiscalYearPolicy(startMonth).YearOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void NumberFormat_SeriesYearSequence_IsZeroPadded()
    {
        InvoiceNumberFormat.Format(InvoiceNumberFormat.SeriesOf(InvoiceKind.Invoice), 2026, 123).ShouldBe("INV-2026-000123");
        InvoiceNumberFormat.Format(InvoiceNumberFormat.SeriesOf(InvoiceKind.CreditNote), 2026, 4).ShouldBe("CN-2026-000004");
    }

    private static Invoice Draft() =>
        Invoice.DraftInvoice(Guid.NewGuid(), Guid.NewGuid(), Partner, InvoiceRecipientKind.Partner, Partner, "パートナー株式会社", Billed, Billed.AddMonths(1),
            InvoiceTaxPolicy.TaxExcludedRoundUp with { Rounding = RoundingMode.Down }, At, "finance").Invoice!;

    private static Invoice IssuedInvoice()
    {
        var invoice = Draft();
        invoice.AddLine(InvoiceLine.Charge("センサーサービス年間利用料", 1, new Yen(360_000), TaxCategory.Standard), InvoiceLineSource.ContractTerm(Guid.NewGuid(), 1))
            .ShouldBeNull();
        invoice.AddLine(InvoiceLine.Charge("設定作業", 2, new Yen(30_000), TaxCategory.Standard), InvoiceLineSource.Manual("追加設定")).ShouldBeNull();
        var document = invoice.ToQualified("販売元株式会社", Registration).Invoice!;
        invoice.Issue("INV-2026-000001", 2026, document, new PrintedAddresses(null, null), At, "finance").ShouldBeNull();
        return invoice;
    }
}
