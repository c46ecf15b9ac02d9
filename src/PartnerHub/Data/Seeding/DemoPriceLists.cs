using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Data.Seeding;

/// <summary>
/// Demo price lists: the sensor service by endpoint tier (004 別紙2 §2-4-③) and 002's chamber UTM fees, plus a scheduled
/// sensor version from the next April 1 (the catalogue pages show a version of each standing).
/// </summary>
internal static class DemoPriceLists
{
    private static readonly DateOnly s_sensorFrom = new(2026, 4, 1);

    public static IEnumerable<PriceListDocument> All(DateOnly today)
    {
        PriceTier[] sensorTiers =
        [
            new(1, 50, new Yen(360_000), new Yen(480_000)),
            new(51, 200, new Yen(600_000), new Yen(800_000)),
            new(201, 500, new Yen(900_000), new Yen(1_200_000)),
            new(501, 1_000, new Yen(1_260_000), new Yen(1_680_000)),
            new(1_001, 3_000, new Yen(2_400_000), new Yen(3_200_000)),
            new(3_001, 5_000, new Yen(3_600_000), new Yen(4_800_000)),
        ];
        var nextApril = new DateOnly(today.Month >= 4 ? today.Year + 1 : today.Year, 4, 1);
        if (nextApril <= s_sensorFrom)
        {
            nextApril = s_sensorFrom.AddYears(1);
        }

        yield return SensorList(new Guid("5a1e0000-0000-4000-8000-000000000001"), "2026年度 センサーサービス標準価格表", s_sensorFrom, nextApril.AddDays(-1), sensorTiers);
        // The next fiscal year's list, 5% up, not in force yet: the vendor may still revise it.
        yield return SensorList(new Guid("5a1e0000-0000-4000-8000-000000000003"), $"{nextApril.Year}年度 センサーサービス標準価格表", nextApril, null,
            [.. sensorTiers.Select(t => t with { WholesalePrice = new Yen(t.WholesalePrice.Amount * 105 / 100), SuggestedRetailPrice = new Yen(t.SuggestedRetailPrice.Amount * 105 / 100) })]);

        // 002 別表: ¥79,200 (members) / ¥99,000 (others) per year and UTM, tax included.
        yield return new PriceListDocument(new Guid("5a1e0000-0000-4000-8000-000000000002"), PriceList.Create(
            "UTM監視サービス 料金表（税込）", new DateOnly(2025, 4, 1), null, PriceBasis.TaxIncluded,
            [
                new PriceListEntry(ServicePlan.ChamberUtm.Code, CustomerSegment.ChamberMember, PriceUnit.PerAppliance, TaxCategory.Standard,
                    [new PriceTier(1, null, new Yen(63_360), new Yen(79_200))]),
                new PriceListEntry(ServicePlan.ChamberUtm.Code, CustomerSegment.Standard, PriceUnit.PerAppliance, TaxCategory.Standard,
                    [new PriceTier(1, null, new Yen(79_200), new Yen(99_000))]),
            ]));
    }

    private static PriceListDocument SensorList(Guid id, string name, DateOnly from, DateOnly? to, PriceTier[] tiers) =>
        new(id, PriceList.Create(name, from, to, PriceBasis.TaxExcluded,
            [
                new PriceListEntry(ServicePlan.SensorService.Code, CustomerSegment.Standard, PriceUnit.PerContract, TaxCategory.Standard, tiers),
                new PriceListEntry(ServicePlan.SensorService.Code, CustomerSegment.ChamberMember, PriceUnit.PerContract, TaxCategory.Standard, tiers),
            ]));
}
