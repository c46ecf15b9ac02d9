using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing;

public class LineNetAmountsTests
{
    private static readonly DateOnly s_on = new(2026, 11, 1);

    [Fact]
    public void Of_TaxIncludedLinesOfOneRate_SharesTheRateNetAndSumsToItExactly()
    {
        // 10% included: 33,333 + 33,333 + 33,334 = 100,000 → tax 9,090 once (rounded down), net 90,910 shared 30,303 / 30,303 / 30,304.
        var invoice = Draft(PriceBasis.TaxIncluded, (33_333, TaxCategory.Standard), (33_333, TaxCategory.Standard), (33_334, TaxCategory.Standard));

        var nets = LineNetAmounts.Of(invoice);

        invoice.RateTotals.Single().TaxExcludedAmount.ShouldBe(new Yen(90_910));
        invoice.Items.Select(i => nets[i.Id].Amount).ShouldBe([30_303, 30_303, 30_304]);
        Yen.Sum(nets.Values).ShouldBe(invoice.TaxExcludedTotal);
    }

    [Fact]
    public void Of_TwoRates_SharesEachRateSeparately()
    {
        var invoice = Draft(PriceBasis.TaxIncluded, (110_000, TaxCategory.Standard), (1_080, TaxCategory.Reduced));

        var nets = LineNetAmounts.Of(invoice);

        invoice.Items.Select(i => nets[i.Id].Amount).ShouldBe([100_000, 1_000]);
    }

    [Fact]
    public void Of_TaxExcludedBasis_IsEachLinesOwnAmount()
    {
        var invoice = Draft(PriceBasis.TaxExcluded, (12_345, TaxCategory.Standard), (67_890, TaxCategory.Standard));

        var nets = LineNetAmounts.Of(invoice);

        invoice.Items.Select(i => nets[i.Id].Amount).ShouldBe([12_345, 67_890]);
    }

    [Fact]
    public void Of_CreditNoteReversingTheInvoice_IsTheNegatedShares()
    {
        var invoice = Draft(PriceBasis.TaxIncluded, (33_333, TaxCategory.Standard), (66_667, TaxCategory.Standard));
        var qualified = invoice.ToQualified("発行者", PartnerHub.Domain.Identifiers.InvoiceRegistrationNumber.Validate("T7000012050002").Value).Invoice.ShouldNotBeNull();
        invoice.Issue("INV-2026-000001", 2026, qualified, new PrintedAddresses(null, null), DateTimeOffset.UnixEpoch, "test").ShouldBeNull();
        var note = Invoice.DraftCreditNote(invoice, Guid.NewGuid(), s_on, s_on, DateTimeOffset.UnixEpoch, "test").Invoice.ShouldNotBeNull();

        var invoiceNets = LineNetAmounts.Of(invoice);
        var noteNets = LineNetAmounts.Of(note);

        Yen.Sum(noteNets.Values).ShouldBe(-Yen.Sum(invoiceNets.Values));
        note.Items.Select(i => noteNets[i.Id].Amount).ShouldBe(invoice.Items.Select(i => -invoiceNets[i.Id].Amount));
    }

    private static Invoice Draft(PriceBasis basis, params (long Amount, TaxCategory Category)[] lines)
    {
        var invoice = Invoice.DraftInvoice(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), InvoiceRecipientKind.Partner, Guid.NewGuid(), "宛先株式会社", s_on, s_on.AddDays(30),
            new InvoiceTaxPolicy(basis, RoundingMode.Down, TaxRateTable.Japan), DateTimeOffset.UnixEpoch, "test").Invoice.ShouldNotBeNull();
        foreach (var (amount, category) in lines)
        {
            invoice.AddLine(InvoiceLine.Charge("品目", 1, new Yen(amount), category), InvoiceLineSource.Manual("テスト")).ShouldBeNull();
        }

        return invoice;
    }
}
