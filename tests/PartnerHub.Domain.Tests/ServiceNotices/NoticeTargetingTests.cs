using PartnerHub.Domain.ServiceNotices;

namespace PartnerHub.Domain.Tests.ServiceNotices;

public class NoticeTargetingTests
{
    [Fact]
    public void FromStored_NarrowedToPartners_RoundTripsAndIgnoresTheNarrowingOfAPartnerTargeting()
    {
        var partner = Guid.NewGuid();
        var targeting = new NoticeTargeting(TargetKind.ApplianceModels, ["CTS"]) { WithinPartners = [partner, partner] };

        var stored = NoticeTargeting.FromStored(targeting.Kind, targeting.StoredValues, targeting.StoredPartners);

        stored.EffectivePartners.ShouldBe([partner]);
        stored.Values.ShouldBe(["CTS"]);
        new NoticeTargeting(TargetKind.Partners, [partner.ToString()]) { WithinPartners = [Guid.NewGuid()] }.EffectivePartners.ShouldBeEmpty();
    }
}
