using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Escalations.Templates;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Escalations;

// One test publishes (the others of the suite fill the current sheet in parallel): it only ever adds an optional question.
[Trait("Article", "004 別紙3 §1-2")]
public class HearingTemplateTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<PublishResult> PublishAsync(TenantScope scope, string role, Guid basedOn, IReadOnlyList<QuestionDraft> drafts)
    {
        await using var services = app.ScopeFor(scope, role);
        return await services.ServiceProvider.GetRequiredService<PublishHearingTemplate>().PublishAsync(basedOn, drafts, Token);
    }

    private async Task<HearingSheetTemplate> CurrentAsync()
    {
        await using var services = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return (await services.ServiceProvider.GetRequiredService<HearingTemplateQueries>().GetAsync(null, Token))!;
    }

    [Fact]
    public async Task A_new_version_becomes_current_for_new_sheets_while_filled_cases_keep_theirs()
    {
        var filled = await EscalationTestData.EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        var current = await CurrentAsync();
        var drafts = current.Questions.Select(QuestionDraft.From).Append(new QuestionDraft
        {
            Key = "site-visit", TextJa = "訪問対応を希望しますか", TextEn = "Does the customer want an on-site visit?", Type = QuestionType.YesNo,
        }).ToList();

        var published = await PublishAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, current.Id, drafts);
        var stale = await PublishAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, current.Id, drafts);

        published.Succeeded.ShouldBeTrue();
        published.Published!.VersionNumber.ShouldBe(current.VersionNumber + 1);
        var now = await CurrentAsync();
        now.Id.ShouldBe(published.Published.Id);
        now.Questions[^1].Key.ShouldBe("site-visit");
        stale.General.ShouldBe(TemplateProblem.Stale);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SupportCases.SingleAsync(c => c.Id == filled.CaseId, Token)).HearingTemplateId.ShouldBe(current.Id);
    }

    [Fact]
    public void Choices_of_the_default_sheet_are_translated_and_choices_the_vendor_adds_show_as_written()
    {
        var strings = app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<PartnerHub.Features.Escalations.EscalationStrings>>();
        using var japanese = PartnerHub.Infrastructure.Localization.CultureScope.Use(new System.Globalization.CultureInfo("ja"));

        PartnerHub.Features.Escalations.ChoiceText.Of(strings, "translate-alert").ShouldBe("英語のアラートを日本語で説明してほしい");
        PartnerHub.Features.Escalations.ChoiceText.Of(strings, "訪問対応の相談").ShouldBe("訪問対応の相談");
    }

    [Fact]
    public async Task Bad_questions_are_reported_per_question_and_nothing_is_published()
    {
        var current = await CurrentAsync();
        QuestionDraft[] drafts =
        [
            new() { Key = "Bad Key", TextJa = "質問", TextEn = "Question" },
            new() { Key = "dup", TextJa = "", TextEn = "Question" },
            new() { Key = "dup", TextJa = "質問", TextEn = "", Type = QuestionType.SingleChoice, Choices = "only one" },
        ];
        await using var before = app.CreateContext(TenantScope.System);
        int versions = await before.HearingSheetTemplates.CountAsync(Token);

        var result = await PublishAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, current.Id, drafts);

        result.Succeeded.ShouldBeFalse();
        result.Questions[0].ShouldBe([TemplateProblem.KeyFormat]);
        result.Questions[1].ShouldBe([TemplateProblem.KeyDuplicate, TemplateProblem.TextJaRequired]);
        result.Questions[2].ShouldBe([TemplateProblem.KeyDuplicate, TemplateProblem.TextEnRequired, TemplateProblem.ChoicesRequired]);
        await using var after = app.CreateContext(TenantScope.System);
        (await after.HearingSheetTemplates.CountAsync(Token)).ShouldBe(versions);
    }

    [Fact]
    public async Task Partners_may_not_publish_and_their_contexts_cannot_write_templates()
    {
        var current = await CurrentAsync();

        var result = await PublishAsync(TestScopes.MinatoStaff, HubRoles.PartnerAdmin, current.Id, current.Questions.Select(QuestionDraft.From).ToList());

        result.General.ShouldBe(TemplateProblem.NotAllowed);
        await using var db = app.CreateContext(TestScopes.MinatoStaff);
        db.HearingSheetTemplates.Add(current.NextVersion(Guid.NewGuid(), current.Questions, TimeProvider.System.GetUtcNow()));
        await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Token));
    }

    [Fact]
    public async Task The_template_pages_render_for_the_vendor_and_not_for_partners()
    {
        var vendor = await HubSession.SignInAsync(app, "ops@vendor.example");
        var partner = await HubSession.SignInAsync(app, "admin@minato.example");

        var page = await vendor.GetStringAsync(new Uri("/escalations/templates/edit", UriKind.Relative), Token);
        var denied = await partner.GetAsync(new Uri("/escalations/templates", UriKind.Relative), Token);

        page.ShouldContain("data-testid=\"template-question\"");
        page.ShouldContain("alert-text");
        denied.StatusCode.ShouldBeOneOf(System.Net.HttpStatusCode.Redirect, System.Net.HttpStatusCode.Forbidden);
    }
}
