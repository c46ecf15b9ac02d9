using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Accounting;

namespace PartnerHub.Tests.Infrastructure.Accounting;

public sealed class JournalMappingPresetsTests
{
    private static readonly SalesDocument s_invoiceAndCredit = new(new DateOnly(2026, 12, 1), "サクラシステムズ", "INV-2026-0001",
    [
        new TaxedAmount(TaxCategory.Standard, new TaxRate(10), new Yen(100_000), new Yen(10_000)),
        new TaxedAmount(TaxCategory.Exempt, TaxRate.None, new Yen(-3_000), Yen.Zero),
    ]);

    [Fact]
    [Trait("Article", "FORMATS.md §1.3")]
    public void Yayoi_InvoiceWithExemptCredit_WritesTheDocumentedCategories()
    {
        JournalBuildResult journal = JournalEntries.FromSales([s_invoiceAndCredit], JournalMappingPresets.Yayoi);
        using var stream = new MemoryStream();

        YayoiJournalCsv.Write(journal.Entries, stream).Written.ShouldBeTrue();

        string[] lines = JapaneseEncodings.Cp932.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => l.Split(',')).Select(c => (c[0], c[4], c[7], c[10], c[13], c[14])).ShouldBe(
        [
            ("2110", "売掛金", "対象外", "売上高", "課税売上込10%", "110000"),
            ("2101", "売上値引高", "対象外", "売掛金", "対象外", "3000"),
        ]);
    }

    [Fact]
    [Trait("Article", "FORMATS.md §2.3")]
    public void Freee_StandardAndReducedSales_UseFreeeNames()
    {
        SalesDocument invoice = new(new DateOnly(2026, 12, 1), "アオバ電機", "INV-2",
        [
            new TaxedAmount(TaxCategory.Standard, new TaxRate(10), new Yen(1_000), new Yen(100)),
            new TaxedAmount(TaxCategory.Reduced, new TaxRate(8), new Yen(1_000), new Yen(80)),
        ]);

        JournalEntry entry = JournalEntries.FromSales([invoice], JournalMappingPresets.Freee).Entries.ShouldHaveSingleItem();

        entry.Lines.Select(l => l.Credit.TaxCategory).ShouldBe(["課税売上10%", "課税売上8%(軽)"]);
    }

    [Fact]
    public void Yayoi_ReducedRateReturn_IsReportedNotGuessed()
    {
        SalesDocument credit = new(new DateOnly(2026, 12, 1), "アオバ電機", "CN-1",
            [new TaxedAmount(TaxCategory.Reduced, new TaxRate(8), new Yen(-1_000), new Yen(-80))]);

        JournalEntries.FromSales([credit], JournalMappingPresets.Yayoi).Problems.ShouldHaveSingleItem().Code.ShouldBe(JournalProblemCode.TaxCategoryNotMapped);
    }
}
