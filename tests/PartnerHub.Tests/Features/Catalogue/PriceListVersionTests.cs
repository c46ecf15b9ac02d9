using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHub.Data.Auditing;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Catalogue;
using PartnerHub.Features.Catalogue.PriceLists;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Catalogue;

// Tests of one class run one after the other on the class's own hub: UTM-CCI (the 002 list) for scheduling, CTS-STD (the
// sensor lists) for revising.
public sealed class PriceListVersionTests(CatalogueHub app) : IClassFixture<CatalogueHub>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => CatalogueSteps.Today;

    [Fact]
    public async Task Schedule_NewVersionFromItsDate_EndsThePreviousOneAndQuotesPickTheVersionInForceOnTheirDate()
    {
        var from = Today.AddDays(40);
        var before = await app.QuoteAsync(ServicePlan.ChamberUtm, CustomerSegment.ChamberMember, from.AddDays(-1));

        var result = await app.ScheduleAsync(CatalogueSteps.UtmDraft(from, 77_000));

        result.Issues.ShouldBeEmpty();
        var previous = await app.VersionAsync(CatalogueSteps.UtmList);
        previous.List.ValidTo.ShouldBe(from.AddDays(-1));
        previous.List.EntryFor(ServicePlan.ChamberUtm.Code, CustomerSegment.ChamberMember)!.Tiers[0].SuggestedRetailPrice.ShouldBe(new Yen(79_200));
        var scheduled = await app.VersionAsync(result.Id!.Value);
        scheduled.Standing.ShouldBe(PriceListStanding.Scheduled);
        scheduled.List.ValidTo.ShouldBeNull();
        (await app.QuoteAsync(ServicePlan.ChamberUtm, CustomerSegment.ChamberMember, from.AddDays(-1))).Quote!.Price.SuggestedRetailPrice.ShouldBe(before.Quote!.Price.SuggestedRetailPrice);
        (await app.QuoteAsync(ServicePlan.ChamberUtm, CustomerSegment.ChamberMember, from)).Quote!.Price.SuggestedRetailPrice.ShouldBe(new Yen(77_000));
        await using var db = app.CreateContext(TenantScope.System);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(PriceListDocument)).ToListAsync(Token);
        audit.ShouldContain(a => a.EntityId == result.Id.Value.ToString() && a.Action == AuditAction.Created && a.UserName == TestScopes.VendorAdmin.UserName);
        audit.ShouldContain(a => a.EntityId == CatalogueSteps.UtmList.ToString() && a.Action == AuditAction.Updated && a.Changes.Contains("ValidTo"));
    }

    [Fact]
    public async Task Revise_InForceVersion_IsRefusedAndTheScheduledVersionTakesNewPrices()
    {
        var inForce = await app.VersionAsync(CatalogueSteps.SensorInForce);
        var scheduled = await app.VersionAsync(CatalogueSteps.SensorScheduled);
        var draft = PriceListDraft.From(scheduled.List);
        draft.Entries[0].Tiers[0].Retail = 500_000;

        var refused = await app.ReviseAsync(inForce.Id, inForce.Version, PriceListDraft.From(inForce.List));
        var revised = await app.ReviseAsync(scheduled.Id, scheduled.Version, draft);
        var stale = await app.ReviseAsync(scheduled.Id, scheduled.Version, draft);

        refused.Issues.Select(i => i.Key).ShouldBe(["Problem_NotEditable"]);
        revised.Issues.ShouldBeEmpty();
        stale.Issues.Select(i => i.Key).ShouldBe(["Problem_Conflict"]);
        var after = await app.VersionAsync(CatalogueSteps.SensorScheduled);
        after.List.Entries[0].Tiers[0].SuggestedRetailPrice.ShouldBe(new Yen(500_000));
        after.List.ValidFrom.ShouldBe(scheduled.List.ValidFrom);
        (await app.VersionAsync(CatalogueSteps.SensorInForce)).List.Entries[0].Tiers[0].SuggestedRetailPrice.ShouldBe(inForce.List.Entries[0].Tiers[0].SuggestedRetailPrice);
    }

    [Fact]
    public async Task Withdraw_ScheduledVersion_LetsTheVersionsBeforeItRunOnAndAVersionInForceStays()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var before = await db.PriceLists.AsNoTracking().Select(p => new { p.Id, p.ValidTo }).ToListAsync(Token);
        var from = Today.AddDays(200);
        var scheduled = await app.ScheduleAsync(CatalogueSteps.UtmDraft(from, 70_000));
        var version = await app.VersionAsync(scheduled.Id!.Value);
        var inForce = await app.VersionAsync(CatalogueSteps.SensorInForce);

        var withdrawn = await WithdrawAsync(version.Id, version.Version);
        var refused = await WithdrawAsync(inForce.Id, inForce.Version);

        scheduled.Issues.ShouldBeEmpty();
        withdrawn.Issues.ShouldBeEmpty();
        refused.Issues.Select(i => i.Key).ShouldBe(["Problem_NotEditable"]);
        (await db.PriceLists.AsNoTracking().Select(p => new { p.Id, p.ValidTo }).ToListAsync(Token)).ShouldBe(before, ignoreOrder: true);
        (await app.QuoteAsync(ServicePlan.ChamberUtm, CustomerSegment.ChamberMember, from)).Quote!.Price.SuggestedRetailPrice.ShouldNotBe(new Yen(70_000));
        (await db.AuditEntries.CountAsync(a => a.EntityId == version.Id.ToString() && a.Action == AuditAction.Deleted, Token)).ShouldBe(1);
    }

    private async Task<PriceListSaveResult> WithdrawAsync(Guid id, Guid version, TenantScope? scope = null, string role = HubRoles.VendorAdmin)
    {
        await using var services = app.ScopeFor(scope ?? TestScopes.VendorAdmin, role);
        return await services.ServiceProvider.GetRequiredService<SavePriceList>().WithdrawAsync(id, version, Token);
    }

    [Fact]
    public async Task Schedule_BadTiersAndDates_AreReportedInBothLanguagesAndNothingIsStored()
    {
        var draft = CatalogueSteps.UtmDraft(Today.AddDays(-1), 79_200);
        draft.Name = "  ";
        draft.Entries[0].Tiers = [new TierDraft { MinEndpoints = 1, MaxEndpoints = 10, Wholesale = 90_000, Retail = 80_000 }, new TierDraft { MinEndpoints = 12, Wholesale = 1, Retail = 2 }];
        draft.Entries[1].Tiers = [new TierDraft { MinEndpoints = 1, Wholesale = 0, Retail = 99_000 }, new TierDraft { MinEndpoints = 5 }];
        await using var db = app.CreateContext(TenantScope.System);
        int stored = await db.PriceLists.CountAsync(Token);

        var dated = await app.ScheduleAsync(draft);
        draft.Name = "価格表";
        draft.ValidFrom = Today.AddDays(60).ToDateTime(TimeOnly.MinValue);
        draft.Entries[1].Tiers = [new TierDraft { MinEndpoints = 1, Wholesale = 79_200, Retail = 99_000 }];
        var tiered = await app.ScheduleAsync(draft);

        dated.Issues.Select(i => i.Key).ShouldBe(["Problem_NameRequired", "Problem_DateInPast", "Problem_PriceNotPositive", "Problem_TierIncomplete"], ignoreOrder: true);
        tiered.Issues.Select(i => i.Key).ShouldBe(["Problem_WholesaleAboveRetail", "Problem_TierGap"], ignoreOrder: true);
        tiered.Issues.ShouldAllBe(i => i.PlanCode == ServicePlan.ChamberUtm.Code && i.Segment == CustomerSegment.ChamberMember);
        (await db.PriceLists.CountAsync(Token)).ShouldBe(stored);
        var strings = app.Services.GetRequiredService<IStringLocalizer<CatalogueStrings>>();
        foreach (var culture in new[] { "ja", "en" })
        {
            using var scope = CultureScope.Use(new CultureInfo(culture));
            foreach (var issue in dated.Issues.Concat(tiered.Issues))
            {
                strings[issue.Key].ResourceNotFound.ShouldBeFalse($"{issue.Key} in {culture}");
            }
        }
    }

    [Fact]
    public void Every_problem_code_has_a_message_in_both_languages()
    {
        var strings = app.Services.GetRequiredService<IStringLocalizer<CatalogueStrings>>();
        string[] keys =
        [
            .. Enum.GetValues<PriceListEditCode>().Select(c => PriceListIssue.Of(c).Key),
            .. Enum.GetValues<PriceListProblemCode>().Select(c => PriceListIssue.Of(new PriceListProblem(c, null, null, "")).Key),
            .. Enum.GetValues<PartnerHub.Features.Catalogue.Calendars.CalendarEditCode>().Select(PartnerHub.Features.Catalogue.Calendars.CalendarEditResult.Key),
            .. Enum.GetValues<PartnerHub.Domain.Calendars.CalendarAdjustmentProblem>().Select(PartnerHub.Features.Catalogue.Calendars.CalendarEditResult.Key),
        ];
        using (CultureScope.Use(new CultureInfo("ja")))
        {
            keys.ShouldAllBe(k => !strings[k].ResourceNotFound);
        }

        using (CultureScope.Use(new CultureInfo("en")))
        {
            keys.ShouldAllBe(k => !strings[k].ResourceNotFound && strings[k].Value.All(ch => ch < 0x3000));
        }
    }

    [Theory]
    [InlineData(HubRoles.PartnerAdmin)]
    [InlineData(HubRoles.PartnerStaff)]
    [InlineData(HubRoles.Finance)]
    [InlineData(HubRoles.SecondLineDesk)]
    [InlineData(HubRoles.VendorOperations)]
    public async Task Save_RoleOtherThanVendorAdmin_IsRefusedAndNothingChanges(string role)
    {
        var scope = HubRoles.KindOf(role) == OrganisationKind.Vendor ? TestScopes.VendorOperations : TestScopes.MinatoStaff;
        var scheduled = await app.VersionAsync(CatalogueSteps.SensorScheduled);

        var created = await app.ScheduleAsync(CatalogueSteps.UtmDraft(Today.AddDays(300), 70_000), scope, role);
        var revised = await app.ReviseAsync(scheduled.Id, scheduled.Version, PriceListDraft.From(scheduled.List), scope, role);
        var withdrawn = await WithdrawAsync(scheduled.Id, scheduled.Version, scope, role);

        created.Issues.Select(i => i.Key).ShouldBe(["Problem_NotAllowed"]);
        revised.Issues.Select(i => i.Key).ShouldBe(["Problem_NotAllowed"]);
        withdrawn.Issues.Select(i => i.Key).ShouldBe(["Problem_NotAllowed"]);
        (await app.VersionAsync(CatalogueSteps.SensorScheduled)).Version.ShouldBe(scheduled.Version);
    }

    [Fact]
    public async Task A_partner_context_cannot_write_a_price_list()
    {
        await using var db = app.CreateContext(TestScopes.MinatoStaff);
        var list = (await app.VersionAsync(CatalogueSteps.UtmList)).List;
        db.PriceLists.Add(new PriceListDocument(Guid.NewGuid(), PriceList.Create("偽の価格表", Today.AddYears(3), null, list.Basis, list.Entries)));

        await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Token));
    }
}
