using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Notices;
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
    public async Task A_partner_context_cannot_queue_mail_about_another_partner()
    {
        await using var db = app.CreateContext(TestScopes.MinatoStaff);
        db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), DemoOrganisations.HokurikuPartner, "x@example.jp", "s", "b", "t", TimeProvider.System.GetUtcNow()));

        await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Token));
    }
}
