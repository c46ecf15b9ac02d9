using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Devices.ThreatMappings;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

/// <summary>Vendor operations' own mapping rules: applied at ingest, re-applied on request, audited, refused to partners.</summary>
public class ThreatMappingTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Unique(string text) => text + " " + Guid.NewGuid().ToString("N")[..10];

    private AsyncServiceScope Operations() => app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);

    private async Task<Deployment> DeployWithAlertsAsync(params Domain.Devices.Telemetry.TelemetryEvent[] alerts)
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var serialised = alerts.Select(a => DeviceTestData.Alert(deployment.Serial, a.ObservedAt, a.Alert!.Signature, a.Alert.Category!, signatureId: a.Alert.SignatureId)).ToArray();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(serialised), Token)).EnsureSuccessStatusCode();
        return deployment;
    }

    private static Domain.Devices.Telemetry.TelemetryEvent Sample(string signature, long sid, int secondsAgo) =>
        DeviceTestData.Alert("UNUSED", TimeProvider.System.GetUtcNow().AddSeconds(-secondsAgo), signature, "Misc activity", signatureId: sid);

    [Fact]
    public async Task Create_RuleBySignatureText_NewAlertsGetItsClassAndTheChangeIsAudited()
    {
        var signature = Unique("SITE custom detection");
        await using (var scope = Operations())
        {
            (await scope.ServiceProvider.GetRequiredService<ThreatMappingEditor>().CreateAsync(
                new ThreatMappingInput(ThreatMatchBy.SignatureText, signature.ToLowerInvariant(), ThreatClass.MaliciousSiteAccess, ThreatKind.None, "test"), Token)).ShouldBeNull();
        }

        var deployment = await DeployWithAlertsAsync(Sample(signature, 9_100_001, 5));

        await using var db = app.CreateContext(TenantScope.System);
        var stored = await db.SensorEvents.SingleAsync(e => e.ApplianceSerial == deployment.Serial && e.Signature == signature, Token);
        stored.ThreatClass.ShouldBe(ThreatClass.MaliciousSiteAccess);
        var pattern = signature.ToLowerInvariant();
        var rule = await db.ThreatMappingRules.SingleAsync(r => r.Pattern == pattern, Token);
        (await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ThreatMappingRule) && a.EntityId == rule.Id.ToString() && a.UserName == "ops@vendor.example", Token))
            .ShouldBeTrue();
    }

    [Fact]
    public async Task Create_RuleByCategory_NewAlertsOfThatCategoryGetItsClassAndOthersStayUnclassified()
    {
        var category = Unique("SITE perimeter sweep");
        var inCategory = Unique("ZZLOCAL sweep seen");
        var otherCategory = Unique("ZZLOCAL other thing");
        await using (var scope = Operations())
        {
            (await scope.ServiceProvider.GetRequiredService<ThreatMappingEditor>().CreateAsync(
                new ThreatMappingInput(ThreatMatchBy.Category, category, ThreatClass.Reconnaissance, ThreatKind.None, "test"), Token)).ShouldBeNull();
        }

        var now = TimeProvider.System.GetUtcNow();
        // The sensor writes the category in its own case and with stray spaces; the rule still applies.
        var deployment = await DeployWithAlertsAsync(
            DeviceTestData.Alert("UNUSED", now.AddSeconds(-3), inCategory, " " + category.ToUpperInvariant() + " ", signatureId: 9_400_001),
            Sample(otherCategory, 9_400_002, 2));

        await using var db = app.CreateContext(TenantScope.System);
        var classes = await db.SensorEvents.Where(e => e.ApplianceSerial == deployment.Serial)
            .ToDictionaryAsync(e => e.Signature!, e => e.ThreatClass, Token);
        classes[inCategory].ShouldBe(ThreatClass.Reconnaissance);
        classes[otherCategory].ShouldBe(ThreatClass.Unclassified);
    }

    [Fact]
    public async Task Reapply_RuleBySignatureIdAfterTheAlertsArrived_ChangesTheStoredAlertsAndMovesTheDailyCounts()
    {
        long sid = 9_200_000 + Random.Shared.Next(99_999);
        var signature = Unique("VENDORX proprietary detection");
        var deployment = await DeployWithAlertsAsync(Sample(signature, sid, 3), Sample(signature, sid, 2));
        await using (var before = app.CreateContext(TenantScope.System))
        {
            (await before.SensorEvents.Where(e => e.ApplianceSerial == deployment.Serial).Select(e => e.ThreatClass).ToListAsync(Token))
                .ShouldAllBe(c => c == ThreatClass.Unclassified);
        }

        int changed;
        await using (var scope = Operations())
        {
            (await scope.ServiceProvider.GetRequiredService<ThreatMappingEditor>().CreateAsync(
                new ThreatMappingInput(ThreatMatchBy.SignatureId, sid.ToString(System.Globalization.CultureInfo.InvariantCulture), ThreatClass.MalwareCommunication,
                    ThreatKind.CommandAndControl, null), Token)).ShouldBeNull();
            changed = await scope.ServiceProvider.GetRequiredService<ThreatReclassification>().ReapplyAsync(Token);
        }

        changed.ShouldBeGreaterThanOrEqualTo(2);
        await using var db = app.CreateContext(TenantScope.System);
        var stored = await db.SensorEvents.Where(e => e.ApplianceSerial == deployment.Serial).ToListAsync(Token);
        stored.ShouldAllBe(e => e.ThreatClass == ThreatClass.MalwareCommunication && e.ThreatKind == ThreatKind.CommandAndControl);
        var counts = await db.AlertDailyCounts.Where(c => c.ApplianceId == deployment.ApplianceId).ToListAsync(Token);
        counts.Where(c => c.ThreatClass == ThreatClass.Unclassified).Sum(c => c.Count).ShouldBe(0);
        counts.Where(c => c.ThreatClass == ThreatClass.MalwareCommunication).Sum(c => c.Count).ShouldBe(2);
    }

    [Fact]
    public async Task Unclassified_AlertsNoRuleMaps_AreListedPerSignatureWithTheirCount()
    {
        var signature = Unique("ZZLOCAL odd thing");
        await DeployWithAlertsAsync(Sample(signature, 9_300_001, 4), Sample(signature, 9_300_001, 3), Sample(signature, 9_300_001, 2));
        await using var scope = Operations();
        var queries = scope.ServiceProvider.GetRequiredService<ThreatMappingQueries>();

        var rows = new List<UnclassifiedSignature>();
        for (int page = 0; ; page++)
        {
            var result = await queries.UnclassifiedAsync(new ListRequest(page, 200), Token);
            rows.AddRange(result.Items);
            if (rows.Count >= result.TotalCount || result.Items.Count == 0)
            {
                break;
            }
        }

        rows.ShouldContain(r => r.Signature == signature && r.SignatureId == 9_300_001 && r.Count == 3);
    }

    [Theory]
    [InlineData(ThreatMatchBy.SignatureId, "20a1", ThreatClass.Reconnaissance, ThreatKind.None, "Problem_SignatureIdNotANumber")]
    [InlineData(ThreatMatchBy.SignatureText, "   ", ThreatClass.Reconnaissance, ThreatKind.None, "Problem_PatternRequired")]
    [InlineData(ThreatMatchBy.Category, "Misc activity", ThreatClass.Unclassified, ThreatKind.None, "Problem_ClassRequired")]
    [InlineData(ThreatMatchBy.Category, "Misc activity", ThreatClass.Reconnaissance, ThreatKind.Tor, "Problem_KindDoesNotFitClass")]
    public async Task Create_BadInput_RefusedWithAReasonAndNothingStored(ThreatMatchBy matchBy, string pattern, ThreatClass threatClass, ThreatKind kind, string reason)
    {
        await using var scope = Operations();
        await using var db = app.CreateContext(TenantScope.System);
        int before = await db.ThreatMappingRules.CountAsync(Token);

        var answer = await scope.ServiceProvider.GetRequiredService<ThreatMappingEditor>().CreateAsync(new ThreatMappingInput(matchBy, pattern, threatClass, kind, null), Token);

        answer.ShouldBe(reason);
        (await db.ThreatMappingRules.CountAsync(Token)).ShouldBe(before);
    }

    [Fact]
    public async Task Create_SameTextInOtherCase_RefusedAsADuplicate()
    {
        var text = Unique("dup check");
        await using var scope = Operations();
        var editor = scope.ServiceProvider.GetRequiredService<ThreatMappingEditor>();
        (await editor.CreateAsync(new ThreatMappingInput(ThreatMatchBy.SignatureText, text, ThreatClass.Reconnaissance, ThreatKind.None, null), Token)).ShouldBeNull();

        (await editor.CreateAsync(new ThreatMappingInput(ThreatMatchBy.SignatureText, text.ToUpperInvariant(), ThreatClass.MaliciousSiteAccess, ThreatKind.None, null), Token))
            .ShouldBe("Duplicate");
    }

    [Fact]
    public async Task MappingRules_PartnerStaff_CannotChangeOrReapplyOrSeeThem()
    {
        await using var partner = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        await Should.ThrowAsync<UnauthorizedAccessException>(() => partner.ServiceProvider.GetRequiredService<ThreatMappingEditor>()
            .CreateAsync(new ThreatMappingInput(ThreatMatchBy.Category, "Misc activity", ThreatClass.Reconnaissance, ThreatKind.None, null), Token));
        await Should.ThrowAsync<UnauthorizedAccessException>(() => partner.ServiceProvider.GetRequiredService<ThreatReclassification>().ReapplyAsync(Token));
        (await partner.ServiceProvider.GetRequiredService<ThreatMappingQueries>().ListAsync(new ListRequest(), Token)).TotalCount.ShouldBe(0);
    }
}
