using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Data.Seeding;

/// <summary>Demo price lists: the sensor service by endpoint tier (004 別紙2 §2-4-③) and 002's chamber UTM fees.</summary>
internal static class DemoPriceLists
{
    public static IEnumerable<PriceListDocument> All()
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
        yield return new PriceListDocument(new Guid("5a1e0000-0000-4000-8000-000000000001"), PriceList.Create(
            "2026年度 センサーサービス標準価格表", new DateOnly(2026, 4, 1), null, PriceBasis.TaxExcluded,
            [
                new PriceListEntry(ServicePlan.SensorService.Code, CustomerSegment.Standard, PriceUnit.PerContract, TaxCategory.Standard, sensorTiers),
                new PriceListEntry(ServicePlan.SensorService.Code, CustomerSegment.ChamberMember, PriceUnit.PerContract, TaxCategory.Standard, sensorTiers),
            ]));

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
}
