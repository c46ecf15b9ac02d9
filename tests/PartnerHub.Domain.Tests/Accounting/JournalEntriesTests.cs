using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Accounting;

public class JournalEntriesTests
{
    // A 弥生-style mapping as finance might configure it (FORMATS.md §1.3 strings).
    private static readonly JournalMapping s_yayoi = new()
    {
        ReceivableAccount = "売掛金",
        SalesAccount = "売上高",
        SalesReturnsAccount = "売上値引高",
        ReceivableTaxCategory = "対象外",
        SalesTaxCategories = new Dictionary<(TaxCategory, int), string>
        {
            [(TaxCategory.Standard, 10)] = "課税売上込10%",
            [(TaxCategory.Reduced, 8)] = "課税売上込軽減8%",
            [(TaxCategory.Exempt, 0)] = "対象外",
        },
        ReturnTaxCategories = new Dictionary<(TaxCategory, int), string>
        {
            [(TaxCategory.Standard, 10)] = "課税売返込10%",
        },
    };

    private static readonly DateOnly s_date = new(2026, 12, 1);

    [Fact]
    [Trait("Article", "FORMATS.md §1.2 cols E–P")]
    public void FromSales_TwoRates_GivesOneLinePerRateWithTaxIncludedAmounts()
    {
        SalesDocument invoice = new(s_date, "サクラシステムズ", "INV-2026-0001",
        [
            new TaxedAmount(TaxCategory.Standard, new TaxRate(10), new Yen(100_000), new Yen(10_000)),
            new TaxedAmount(TaxCategory.Exempt, TaxRate.None, new Yen(5_000), Yen.Zero),
        ]);

        JournalBuildResult result = JournalEntries.FromSales([invoice], s_yayoi);

        result.Problems.ShouldBeEmpty();
        JournalEntry entry = result.Entries.Single();
        entry.Number.ShouldBe("INV-2026-0001");
        entry.Lines.Count.ShouldBe(2);
        entry.Lines[0].ShouldBe(new JournalLine(
            s_date,
            new JournalSide("売掛金", "サクラシステムズ", "対象外", new Yen(110_000), Yen.Zero),
            new JournalSide("売上高", string.Empty, "課税売上込10%", new Yen(110_000), new Yen(10_000)),
            "サクラシステムズ INV-2026-0001"));
        entry.Lines[1].Credit.TaxCategory.ShouldBe("対象外");
        entry.Lines[1].Credit.Amount.ShouldBe(new Yen(5_000));
    }

    [Fact]
    [Trait("Article", "FORMATS.md §1.2 col I: no negative amounts")]
    public void FromSales_CreditNote_SwapsSidesWithPositiveAmountsAndTheReturnCategory()
    {
        SalesDocument credit = new(s_date, "アオバ電機", "CN-2026-0001",
            [new TaxedAmount(TaxCategory.Standard, new TaxRate(10), new Yen(-20_000), new Yen(-2_000))]);

        JournalLine line = JournalEntries.FromSales([credit], s_yayoi).Entries.Single().Lines.Single();

        line.Debit.ShouldBe(new JournalSide("売上値引高", string.Empty, "課税売返込10%", new Yen(22_000), new Yen(2_000)));
        line.Credit.ShouldBe(new JournalSide("売掛金", "アオバ電機", "対象外", new Yen(22_000), Yen.Zero));
    }

    [Fact]
    public void FromSales_UnmappedRate_RefusesTheWholeDocumentAndKeepsTheOthers()
    {
        SalesDocument reducedCredit = new(s_date, "アオバ電機", "CN-2026-0002",
        [
            new TaxedAmount(TaxCategory.Standard, new TaxRate(10), new Yen(10_000), new Yen(1_000)),
            new TaxedAmount(TaxCategory.Reduced, new TaxRate(8), new Yen(-1_000), new Yen(-80)),
        ]);
        SalesDocument fine = new(s_date, "アオバ電機", "INV-2026-0002",
            [new TaxedAmount(TaxCategory.Reduced, new TaxRate(8), new Yen(1_000), new Yen(80))]);

        JournalBuildResult result = JournalEntries.FromSales([reducedCredit, fine], s_yayoi);

        result.Entries.Select(e => e.Number).ShouldBe(["INV-2026-0002"]);
        result.Problems.ShouldBe(
            [new JournalProblem("CN-2026-0002", JournalProblemCode.TaxCategoryNotMapped, TaxCategory.Reduced, new TaxRate(8), IsReturn: true)],
            ignoreOrder: false);
    }

    [Fact]
    public void FromSales_AllZero_ReportsNothingToBook()
    {
        SalesDocument empty = new(s_date, "アオバ電機", "INV-0", [new TaxedAmount(TaxCategory.Standard, new TaxRate(10), Yen.Zero, Yen.Zero)]);

        JournalEntries.FromSales([empty], s_yayoi).Problems.Single().Code.ShouldBe(JournalProblemCode.NothingToBook);
    }

    [Fact]
    public void FromSales_CounterpartyNotAsSubAccount_LeavesTheSubAccountEmpty()
    {
        JournalMapping mapping = s_yayoi with { CounterpartyAsSubAccount = false };
        SalesDocument invoice = new(s_date, "サクラシステムズ", "INV-1", [new TaxedAmount(TaxCategory.Standard, new TaxRate(10), new Yen(1_000), new Yen(100))]);

        JournalEntries.FromSales([invoice], mapping).Entries.Single().Lines.Single().Debit.SubAccount.ShouldBeEmpty();
    }
}
