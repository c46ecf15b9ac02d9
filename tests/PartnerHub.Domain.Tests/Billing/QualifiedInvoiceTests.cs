using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing;

public class QualifiedInvoiceTests
{
    private static readonly InvoiceRegistrationNumber _registration = InvoiceRegistrationNumber.Validate("T7000012050002").Value;
    private static readonly DateOnly _date = new(2025, 6, 30);

    [Fact]
    [Trait("Article", "DOMAIN Money: qualified invoice items")]
    public void CreateInvoice_AllItemsPresent_CarriesEverythingTheLawRequires()
    {
        InvoiceLine[] lines =
        [
            InvoiceLine.Charge("SOC in Pocket licence (1 year)", 2, new Yen(300_000), TaxCategory.Standard),
            InvoiceLine.Charge("Refreshments", 1, new Yen(1_050), TaxCategory.Reduced),
        ];

        InvoiceResult result = QualifiedInvoice.CreateInvoice(
            " Vendor K.K. ", _registration, "Partner Co., Ltd.", _date, lines, InvoiceTaxPolicy.TaxExcludedRoundUp);

        result.IsComplete.ShouldBeTrue();
        result.Defects.ShouldBeEmpty();
        QualifiedInvoice invoice = result.Invoice;
        invoice.Kind.ShouldBe(InvoiceKind.Invoice);
        invoice.Issuer.ShouldBe(new InvoiceIssuer("Vendor K.K.", _registration));
        invoice.Recipient.ShouldBe("Partner Co., Ltd.");
        invoice.TransactionDate.ShouldBe(_date);
        invoice.OriginalTransactionDate.ShouldBeNull();
        invoice.Lines.Count.ShouldBe(2);
        invoice.Totals.PerRate.Select(r => (r.Rate.Percent, r.TaxExcludedAmount.Amount, r.Tax.Amount))
            .ShouldBe([(10, 600_000L, 60_000L), (8, 1_050L, 84L)]);
        invoice.Totals.GrandTotal.ShouldBe(new Yen(661_134));
    }

    [Fact]
    [Trait("Article", "DOMAIN Money: qualified invoice items")]
    public void CreateInvoice_EverythingMissing_ListsEveryDefect()
    {
        InvoiceResult result = QualifiedInvoice.CreateInvoice(" ", null, null, _date, [], InvoiceTaxPolicy.TaxExcludedRoundUp);

        result.IsComplete.ShouldBeFalse();
        result.Invoice.ShouldBeNull();
        result.Defects.ShouldBe(
            [InvoiceDefect.MissingIssuerName, InvoiceDefect.MissingRegistrationNumber, InvoiceDefect.MissingRecipient, InvoiceDefect.NoLines]);
    }

    [Fact]
    public void CreateInvoice_LineWithoutDescription_IsDefect()
    {
        InvoiceResult result = QualifiedInvoice.CreateInvoice(
            "Vendor", _registration, "Partner", _date, [InvoiceLine.Charge("  ", 1, new Yen(10), TaxCategory.Standard)], InvoiceTaxPolicy.TaxExcludedRoundUp);

        result.Defects.ShouldBe([InvoiceDefect.MissingLineDescription]);
    }

    [Fact]
    public void CreateInvoice_ReducedLineBefore2019_IsDefectNotException()
    {
        InvoiceResult result = QualifiedInvoice.CreateInvoice(
            "Vendor", _registration, "Partner", new DateOnly(2019, 9, 1),
            [InvoiceLine.Charge("Food", 1, new Yen(10), TaxCategory.Reduced)], InvoiceTaxPolicy.TaxExcludedRoundUp);

        result.Defects.ShouldBe([InvoiceDefect.NoTaxRateOnDate]);
    }

    [Fact]
    public void CreateInvoice_CreditsExceedChargesOfARate_IsDefect()
    {
        InvoiceLine[] lines =
        [
            InvoiceLine.Charge("Licence", 1, new Yen(1_000), TaxCategory.Standard),
            InvoiceLine.Credit("Refund", new Yen(1_500), TaxCategory.Standard),
        ];

        QualifiedInvoice.CreateInvoice("Vendor", _registration, "Partner", _date, lines, InvoiceTaxPolicy.TaxExcludedRoundUp)
            .Defects.ShouldBe([InvoiceDefect.NegativeRateTotalOnInvoice]);
    }

    [Fact]
    [Trait("Article", "003 §8-7")]
    public void CreateCreditNote_RoundsTheCreditByPolicyLikeACharge()
    {
        InvoiceLine[] lines = [InvoiceLine.Credit("Refund of unused days", new Yen(1_055), TaxCategory.Standard)];

        InvoiceResult result = QualifiedInvoice.CreateCreditNote(
            "Vendor", _registration, "Partner", new DateOnly(2025, 7, 10), _date, lines, InvoiceTaxPolicy.TaxExcludedRoundUp);

        result.IsComplete.ShouldBeTrue();
        result.Invoice.Kind.ShouldBe(InvoiceKind.CreditNote);
        result.Invoice.OriginalTransactionDate.ShouldBe(_date);
        result.Invoice.Totals.TaxTotal.ShouldBe(new Yen(-106)); // −105.5: magnitude rounded up
        result.Invoice.Totals.GrandTotal.ShouldBe(new Yen(-1_161));
    }

    [Fact]
    public void CreateCreditNote_UsesTheOriginalSalesRate()
    {
        InvoiceLine[] lines = [InvoiceLine.Credit("Refund", new Yen(10_000), TaxCategory.Standard)];

        InvoiceResult result = QualifiedInvoice.CreateCreditNote(
            "Vendor", _registration, "Partner", new DateOnly(2019, 11, 1), new DateOnly(2019, 9, 1), lines, InvoiceTaxPolicy.TaxExcludedRoundUp);

        result.Invoice!.Totals.PerRate.Single().Rate.Percent.ShouldBe(8);
        result.Invoice.Totals.TaxTotal.ShouldBe(new Yen(-800));
    }

    [Fact]
    public void CreateCreditNote_WithChargeLine_IsDefect()
    {
        InvoiceLine[] lines = [InvoiceLine.Charge("Licence", 1, new Yen(1_000), TaxCategory.Standard)];

        QualifiedInvoice.CreateCreditNote("Vendor", _registration, "Partner", _date, _date, lines, InvoiceTaxPolicy.TaxExcludedRoundUp)
            .Defects.ShouldBe([InvoiceDefect.ChargeOnCreditNote]);
    }

    [Fact]
    public void CreateCreditNote_DatedBeforeOriginalSale_IsDefect()
    {
        InvoiceLine[] lines = [InvoiceLine.Credit("Refund", new Yen(1_000), TaxCategory.Standard)];

        QualifiedInvoice.CreateCreditNote("Vendor", _registration, "Partner", _date.AddDays(-1), _date, lines, InvoiceTaxPolicy.TaxExcludedRoundUp)
            .Defects.ShouldBe([InvoiceDefect.CreditNoteBeforeOriginalTransaction]);
    }
}
