using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Notices;
using PartnerHub.Features.Escalations;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Escalations;

public class EscalationNoticeTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "004 別紙3 §2-4")]
    public async Task Escalating_tells_the_desk_mailbox_with_the_first_answer_due_time()
    {
        var opened = await EscalationTestData.EscalatedAsync(app, DemoOrganisations.HokurikuPartner, Token);

        await using var db = app.CreateContext(TenantScope.System);
        var number = await db.SupportCases.Where(c => c.Id == opened.CaseId).Select(c => c.Number).SingleAsync(Token);
        var notice = await db.OutboundEmails.SingleAsync(e => e.Topic == "case-escalated:" + opened.CaseId.ToString("N"), Token);
        notice.Recipient.ShouldBe("desk@vendor.example");
        notice.PartnerId.ShouldBe(DemoOrganisations.HokurikuPartner);
        notice.Subject.ShouldContain(number);
        notice.Body.ShouldContain("一次回答期限");
        notice.Body.ShouldContain("/escalations/" + opened.CaseId);
    }

    [Fact]
    public async Task The_partner_hears_when_the_desk_waits_for_it_and_when_it_reports_but_not_what_was_written()
    {
        var opened = await EscalationTestData.EscalatedAsync(app, DemoOrganisations.HokurikuPartner, Token);
        await EscalationTestData.AsDeskAsync(app, async s =>
        {
            var work = s.GetRequiredService<CaseWork>();
            (await work.AssignAsync(opened.CaseId, null, Token)).Problem.ShouldBeNull();
            (await work.MoveAsync(opened.CaseId, SupportCaseStatus.WaitingForPartner, "端末の設置場所を確認してください", Token)).Problem.ShouldBeNull();
            (await work.MoveAsync(opened.CaseId, SupportCaseStatus.InProgress, null, Token)).Problem.ShouldBeNull();
            (await work.ReportAsync(opened.CaseId, new IncidentReport("内部向けの詳しい状況", "解決方法", "再発防止", AnswerChannel.Phone), TlpMarking.Amber, Token))
                .Problem.ShouldBeNull();
            return true;
        });

        await using var db = app.CreateContext(TenantScope.System);
        var mails = await db.OutboundEmails.Where(e => e.Topic == "case-for-partner:" + opened.CaseId.ToString("N")).ToListAsync(Token);
        mails.ShouldAllBe(m => m.Recipient.EndsWith("@hokuriku.example") && m.PartnerId == DemoOrganisations.HokurikuPartner);
        mails.Count(m => m.Recipient == "staff@hokuriku.example").ShouldBe(2);
        mails.ShouldContain(m => m.Recipient == "staff@hokuriku.example" && m.Subject.Contains("報告が届きました"));
        mails.ShouldContain(m => m.Recipient == "staff@hokuriku.example" && m.Subject.Contains("ご対応をお待ちしています"));
        mails.ShouldAllBe(m => !m.Body.Contains("内部向けの詳しい状況") && !m.Body.Contains("設置場所"));
    }

    [Fact]
    public async Task A_partner_context_cannot_queue_mail_about_another_partner()
    {
        await using var db = app.CreateContext(TestScopes.MinatoStaff);
        db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), DemoOrganisations.HokurikuPartner, "x@example.jp", "s", "b", "t", TimeProvider.System.GetUtcNow()));

        await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Token));
    }
}
