using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing;

public class InvoiceLineTests
{
    [Fact]
    public void Amount_IsQuantityTimesUnitPrice()
    {
        InvoiceLine.Charge("Appliance kitting", 3, new Yen(12_000), TaxCategory.Standard).Amount.ShouldBe(new Yen(36_000));
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public void Credit_StoresNegativeAmount()
    {
        InvoiceLine credit = InvoiceLine.Credit("Outage credit", new Yen(822), TaxCategory.Standard);

        credit.Amount.ShouldBe(new Yen(-822));
        credit.Kind.ShouldBe(InvoiceLineKind.Credit);
    }

    [Fact]
    [Trait("Article", "004 §6-1")]
    public void DamageCharge_IsPositiveWithChosenCategory()
    {
        InvoiceLine damage = InvoiceLine.DamageCharge("Appliance damaged by customer", new Yen(80_000), TaxCategory.Exempt);

        damage.Amount.ShouldBe(new Yen(80_000));
        damage.Kind.ShouldBe(InvoiceLineKind.DamageCharge);
        damage.TaxCategory.ShouldBe(TaxCategory.Exempt);
    }

    [Fact]
    public void Constructor_NegativeCharge_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => InvoiceLine.Charge("x", 1, new Yen(-1), TaxCategory.Standard));
        Should.Throw<ArgumentOutOfRangeException>(() => InvoiceLine.DamageCharge("x", new Yen(-1), TaxCategory.Exempt));
    }

    [Fact]
    public void Constructor_PositiveOrZeroCredit_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => InvoiceLine.Credit("x", Yen.Zero, TaxCategory.Standard));
        Should.Throw<ArgumentOutOfRangeException>(() => new InvoiceLine("x", 1, new Yen(5), TaxCategory.Standard, InvoiceLineKind.Credit));
    }

    [Fact]
    public void Constructor_ZeroQuantity_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => InvoiceLine.Charge("x", 0, new Yen(5), TaxCategory.Standard));
    }
}
