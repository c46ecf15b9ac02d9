using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Accounting;

public class JournalMappingSettingTests
{
    private static readonly JournalMappingValues s_values = new(
        "売掛金", "売上高", "売上値引高", "対象外", CounterpartyAsSubAccount: true, " 営業部 ",
        "課税売上込10%", "", "対象外", "課税売返込10%", " ", "対象外");

    [Fact]
    public void ToMapping_BlankTaxCategories_AreLeftUnmappedNotGuessed()
    {
        var mapping = s_values.ToMapping();

        mapping.SalesTaxCategories.Keys.ShouldBe([(TaxCategory.Standard, 10), (TaxCategory.Exempt, 0)], ignoreOrder: true);
        mapping.ReturnTaxCategories.ContainsKey((TaxCategory.Reduced, 8)).ShouldBeFalse();
    }

    [Fact]
    public void From_ToMapping_RoundTripsAPreset()
    {
        var values = s_values.Trimmed();

        JournalMappingValues.From(values.ToMapping()).ShouldBe(values);
    }

    [Fact]
    public void Revise_Yayoi_TrimsAndKeepsTheDepartment()
    {
        var setting = JournalMappingSetting.Create(Guid.NewGuid(), JournalTarget.Yayoi, s_values, DateTimeOffset.UnixEpoch, "finance@vendor.example");

        setting.Values.Department.ShouldBe("営業部");
        setting.Values.ReducedReturns.ShouldBe(string.Empty);
        setting.UpdatedBy.ShouldBe("finance@vendor.example");
    }

    [Fact]
    public void Revise_Freee_DropsTheDepartmentItsFileHasNoColumnFor()
    {
        var setting = JournalMappingSetting.Create(Guid.NewGuid(), JournalTarget.Freee, s_values, DateTimeOffset.UnixEpoch, "finance@vendor.example");

        setting.Revise(s_values with { SalesAccount = "売上高（保守）" }, DateTimeOffset.UnixEpoch.AddDays(1), "other@vendor.example");

        setting.Values.Department.ShouldBe(string.Empty);
        setting.SalesAccount.ShouldBe("売上高（保守）");
        setting.UpdatedBy.ShouldBe("other@vendor.example");
    }

    [Fact]
    public void FromSales_MappingWithDepartment_PutsItOnTheSalesSideOnly()
    {
        var mapping = s_values.Trimmed().ToMapping();
        var document = new SalesDocument(new DateOnly(2026, 11, 1), "みなと", "INV-1", [new TaxedAmount(TaxCategory.Standard, new TaxRate(10), new Yen(1_000), new Yen(100))]);

        var line = JournalEntries.FromSales([document], mapping).Entries.Single().Lines.Single();

        line.Credit.Department.ShouldBe("営業部");
        line.Debit.Department.ShouldBe(string.Empty);
    }
}
