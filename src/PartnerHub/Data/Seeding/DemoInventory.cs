using System.Globalization;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Data.Seeding;

/// <summary>Demo stock: sensor appliances (new and refurbished) and chamber UTMs.</summary>
internal static class DemoInventory
{
    public static IEnumerable<Appliance> Appliances(DateTimeOffset now)
    {
        for (int i = 1; i <= 24; i++)
        {
            yield return new Appliance(Guid.NewGuid(), "CTS-26A" + i.ToString("D4", CultureInfo.InvariantCulture), ApplianceModel.CyberThreatSensor.Code,
                i % 4 == 0 ? ApplianceCondition.Refurbished : ApplianceCondition.New, now, "seed");
        }

        for (int i = 1; i <= 10; i++)
        {
            yield return new Appliance(Guid.NewGuid(), "UTM-25B" + i.ToString("D4", CultureInfo.InvariantCulture), ApplianceModel.ChamberUtm.Code,
                ApplianceCondition.New, now, "seed");
        }
    }
}
