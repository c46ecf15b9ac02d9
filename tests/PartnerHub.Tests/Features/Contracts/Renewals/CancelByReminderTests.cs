using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Features.Contracts.Renewals;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts.Renewals;

/// <summary>Partners' staff are reminded of the cancel-by date on the plan's reminder days, once each, in their language.</summary>
public class CancelByReminderTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task RunOnceAsync_OnTheTwentiethAndFifthBusinessDayBeforeCancelBy_QueuesEachReminderOnce()
    {
        var contract = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.MinatoPartner, RenewalTestData.Today.AddDays(-7), Token);
        var timeline = contract.Timeline(BusinessCalendarSet.SeedsOnly)!;
        var term = timeline.Term(1);
        var days = timeline.CancelByReminders(term);
        var calendar = timeline.Policy.Calendar;
        days.ShouldBe([calendar.AddBusinessDays(term.CancelByBusinessDay, -20), calendar.AddBusinessDays(term.CancelByBusinessDay, -5)]);
        var reminders = app.Services.GetRequiredService<CancelByReminderService>();

        await reminders.RunOnceAsync(days[0].AddDays(-1), Token);
        (await MailsAsync(contract.Id)).ShouldBeEmpty();

        await reminders.RunOnceAsync(days[0], Token);
        await reminders.RunOnceAsync(days[0], Token);
        await reminders.RunOnceAsync(days[0].AddDays(3), Token);
        var first = await MailsAsync(contract.Id);

        await reminders.RunOnceAsync(days[1], Token);
        await reminders.RunOnceAsync(days[1], Token);
        await reminders.RunOnceAsync(term.CancelByBusinessDay.AddDays(1), Token);
        var all = await MailsAsync(contract.Id);

        first.ShouldNotBeEmpty();
        first.ShouldAllBe(m => m.Topic == CancelByReminderService.TopicOf(contract.Id, 1, days[0]) && m.PartnerId == DemoOrganisations.MinatoPartner);
        first.Select(m => m.Recipient).ShouldBeUnique();
        first.Select(m => m.Recipient).ShouldContain("staff@minato.example");
        var second = all.Where(m => m.Topic == CancelByReminderService.TopicOf(contract.Id, 1, days[1])).ToList();
        second.ShouldNotBeEmpty();
        second.Select(m => m.Recipient).ShouldBeUnique();
        all.Count.ShouldBe(first.Count + second.Count);
        var staff = second.Single(m => m.Recipient == "staff@minato.example");
        staff.Subject.ShouldContain(contract.Number);
        staff.Body.ShouldContain("第2期に自動更新");
        staff.Body.ShouldContain("最後のお知らせ");
    }

    [Fact]
    public async Task RunOnceAsync_ForAnEnglishUser_WritesTheReminderInEnglish()
    {
        var english = "renewal-" + Guid.NewGuid().ToString("N")[..8] + "@hokuriku.example";
        await using (var users = app.CreateContext(TenantScope.System))
        {
            users.Users.Add(new PartnerHub.Data.ApplicationUser
            {
                UserName = english, NormalizedUserName = english.ToUpperInvariant(), Email = english, NormalizedEmail = english.ToUpperInvariant(),
                OrganisationId = DemoOrganisations.HokurikuPartner, PreferredCulture = "en",
            });
            await users.SaveChangesAsync(Token);
        }

        var contract = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.HokurikuPartner, RenewalTestData.Today.AddDays(-8), Token);
        var day = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.CancelByReminders(contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1))[0];

        await app.Services.GetRequiredService<CancelByReminderService>().RunOnceAsync(day, Token);

        var mails = await MailsAsync(contract.Id);
        var inEnglish = mails.Single(m => m.Recipient == english);
        inEnglish.Subject.ShouldContain("Non-renewal deadline");
        inEnglish.Body.ShouldContain("Renews into term 2");
        mails.Single(m => m.Recipient == "staff@hokuriku.example").Subject.ShouldContain("更新拒絶の申出期限");
    }

    [Fact]
    public async Task RunOnceAsync_WhenANoticeIsRecorded_QueuesNothing()
    {
        var today = RenewalTestData.Today;
        var contract = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.SakuraPartner, today.AddDays(-9), Token, noticeOn: today.AddDays(-1));
        contract.Status.ShouldBe(ContractStatus.Ending);
        var days = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.CancelByReminders(contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1));
        var reminders = app.Services.GetRequiredService<CancelByReminderService>();

        await reminders.RunOnceAsync(days[0], Token);
        await reminders.RunOnceAsync(days[1], Token);

        (await MailsAsync(contract.Id)).ShouldBeEmpty();
    }

    private async Task<List<PartnerHub.Domain.Notices.OutboundEmail>> MailsAsync(Guid contractId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        string prefix = CancelByReminderService.Topic + ":" + contractId.ToString("N");
        return await db.OutboundEmails.Where(e => e.Topic.StartsWith(prefix)).ToListAsync(Token);
    }
}
