using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Identity.PasswordReset;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>
/// Issue 13, self-service password reset: the request answers the same for every address, the e-mailed link works once and
/// only within its lifetime, a reset ends the user's other sessions, signs nobody in and leaves two-factor sign-in in place,
/// users of an inactive organisation get no e-mail, and each step is audited. The hub runs on a fake clock and checks the
/// session on every request.
/// </summary>
public sealed partial class PasswordResetTests(FakeClockHub app) : IClassFixture<FakeClockHub>
{
    private const string NewPassword = "Neue-Passwort-2027";
    private static readonly Uri Home = new("/", UriKind.Relative);

    [Fact]
    public async Task ForgotPassword_ForAnAccountAndForAnUnknownAddress_GivesTheSameAnswerAndMailsOnlyTheAccount()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, DemoOrganisations.MinatoPartner);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.example";

        var (knownAnswer, knownPage) = await RequestResetAsync(app.CreateBrowserLikeClient(), email);
        var (unknownAnswer, unknownPage) = await RequestResetAsync(app.CreateBrowserLikeClient(), unknown);

        knownAnswer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        unknownAnswer.StatusCode.ShouldBe(knownAnswer.StatusCode);
        unknownAnswer.Headers.Location.ShouldBe(knownAnswer.Headers.Location);
        knownPage.ShouldContain("パスワード再設定用のリンクをお送りしました");
        unknownPage.ShouldBe(knownPage);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.OutboundEmails.CountAsync(e => e.Recipient == email, TestContext.Current.CancellationToken)).ShouldBe(1);
        (await db.OutboundEmails.CountAsync(e => e.Recipient == unknown, TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task ForgotPassword_ForAUserWhoChoseEnglish_MailsTheLinkInEnglish()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, DemoOrganisations.MinatoPartner);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email)).ShouldNotBeNull();
            user.PreferredCulture = "en";
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
        }

        await RequestResetAsync(app.CreateBrowserLikeClient(), email);

        var mail = await MailToAsync(email);
        mail.Subject.ShouldBe("[PartnerHub] Reset your password");
        mail.Body.ShouldContain("Open the link below to set a new one.");
        mail.Body.ShouldContain("/Account/ResetPassword?user=");
    }

    [Fact]
    public async Task ResetLink_UsedOnce_SetsTheNewPasswordIsAuditedAndThenNoLongerWorks()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerAdmin, DemoOrganisations.MinatoPartner);
        var link = await RequestLinkAsync(email);
        var browser = app.CreateBrowserLikeClient();

        var done = await SubmitNewPasswordAsync(browser, link, NewPassword);

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.ToString().ShouldContain("Account/ResetPasswordConfirmation");
        (await PostLoginAsync(email, DemoOrganisations.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostLoginAsync(email, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await browser.GetStringAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken);
        again.ShouldContain("data-testid=\"reset-link-invalid\"");
        again.ShouldNotContain("Input.NewPassword");
        var user = await FindUserAsync(email);
        await using var db = app.CreateContext(TenantScope.System);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(ApplicationUser) && a.EntityId == user.Id).Select(a => a.Changes).ToListAsync(TestContext.Current.CancellationToken);
        audit.ShouldContain(c => c.Contains("PasswordResetRequested", StringComparison.Ordinal));
        audit.ShouldContain(c => c.Contains("\"PasswordReset\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResetLink_AfterItsLifetime_IsRefusedAndThePasswordStays()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, DemoOrganisations.HokurikuPartner);
        var link = await RequestLinkAsync(email);
        var browser = app.CreateBrowserLikeClient();
        var lifetime = new PasswordResetOptions().LinkLifetime;

        app.Clock.Advance(lifetime - TimeSpan.FromMinutes(1));
        var form = await browser.GetStringAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken);
        form.ShouldContain("Input.NewPassword");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = await PostWithFieldsOfAsync(browser, link, form, NewPassword);

        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await late.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("data-testid=\"reset-link-invalid\"");
        (await PostLoginAsync(email, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostLoginAsync(email, DemoOrganisations.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Reset_WhileSignedInElsewhere_EndsThatSessionAndSignsNobodyIn()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, DemoOrganisations.SakuraPartner);
        var elsewhere = await HubSession.SignInAsync(app, email, clock: app.Clock);
        (await elsewhere.GetAsync(Home, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = await RequestLinkAsync(email);
        var browser = app.CreateBrowserLikeClient();

        (await SubmitNewPasswordAsync(browser, link, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var afterReset = await elsewhere.GetAsync(Home, TestContext.Current.CancellationToken);
        afterReset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterReset.Headers.Location!.ToString().ShouldContain("/Account/Login");
        var resetBrowser = await browser.GetAsync(Home, TestContext.Current.CancellationToken);
        resetBrowser.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Reset_OfATwoFactorAccount_StillAsksForTheAuthenticatorCodeAtSignIn()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.VendorOperations, DemoOrganisations.Vendor, twoFactor: true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            (await users.ResetAuthenticatorKeyAsync((await users.FindByEmailAsync(email)).ShouldNotBeNull())).Succeeded.ShouldBeTrue();
        }

        var link = await RequestLinkAsync(email);
        (await SubmitNewPasswordAsync(app.CreateBrowserLikeClient(), link, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var signIn = await PostLoginAsync(email, NewPassword);

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldContain("LoginWith2fa");
    }

    [Fact]
    public async Task ForgotPassword_ForAUserOfAnInactiveOrganisation_SendsNoMailButGivesTheSameAnswer()
    {
        var organisation = new Organisation(Guid.NewGuid(), OrganisationKind.SalesPartner, $"停止確認 {Guid.NewGuid():N}", "テイシカクニン");
        await using (var db = app.CreateContext(TestScopes.VendorAdmin))
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerAdmin, organisation.Id);
        await using (var db = app.CreateContext(TestScopes.VendorAdmin))
        {
            (await db.Organisations.SingleAsync(o => o.Id == organisation.Id, TestContext.Current.CancellationToken)).IsActive = false;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (answer, page) = await RequestResetAsync(app.CreateBrowserLikeClient(), email);

        answer.Headers.Location!.ToString().ShouldContain("Account/ForgotPasswordConfirmation");
        page.ShouldContain("パスワード再設定用のリンクをお送りしました");
        await using var check = app.CreateContext(TenantScope.System);
        (await check.OutboundEmails.CountAsync(e => e.Recipient == email, TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task LoginPage_Always_LinksToTheForgottenPasswordPage()
    {
        var login = WebUtility.HtmlDecode(await app.CreateBrowserLikeClient().GetStringAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken));

        login.ShouldContain("href=\"/Account/ForgotPassword\"");
        login.ShouldContain("パスワードをお忘れですか");
    }

    /// <summary>Asks for a reset link for <paramref name="email"/>; returns the answer and the sentence the page then shows.</summary>
    private static async Task<(HttpResponseMessage Answer, string Page)> RequestResetAsync(HttpClient client, string email)
    {
        var answer = await HubSession.PostFormAsync(client, "/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });
        var location = answer.Headers.Location?.ToString() ?? "/Account/ForgotPasswordConfirmation";
        var page = await client.GetStringAsync(new Uri(location, UriKind.RelativeOrAbsolute), TestContext.Current.CancellationToken);
        return (answer, WebUtility.HtmlDecode(SentParagraph().Match(page).Groups["text"].Value));
    }

    /// <summary>Asks for a reset of <paramref name="email"/> and returns the link of the e-mail (path and query).</summary>
    private async Task<string> RequestLinkAsync(string email)
    {
        (await RequestResetAsync(app.CreateBrowserLikeClient(), email)).Answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return PasswordResetMail.LinkIn((await MailToAsync(email)).Body);
    }

    private async Task<(string Subject, string Body)> MailToAsync(string email)
    {
        var topic = PasswordResets.TopicPrefix + (await FindUserAsync(email)).Id;
        await using var db = app.CreateContext(TenantScope.System);
        var mail = await db.OutboundEmails.SingleAsync(e => e.Recipient == email && e.Topic == topic, TestContext.Current.CancellationToken);
        return (mail.Subject, mail.Body);
    }

    private static async Task<HttpResponseMessage> SubmitNewPasswordAsync(HttpClient client, string link, string password)
    {
        var form = await client.GetStringAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken);
        form.ShouldContain("Input.NewPassword");
        return await PostWithFieldsOfAsync(client, link, form, password);
    }

    private static Task<HttpResponseMessage> PostWithFieldsOfAsync(HttpClient client, string link, string form, string password) =>
        HubSession.PostFormOfPageAsync(client, link, form, new Dictionary<string, string> { ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = password });

    private Task<HttpResponseMessage> PostLoginAsync(string email, string password) =>
        HubSession.PostFormAsync(app.CreateBrowserLikeClient(), "/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private async Task<ApplicationUser> FindUserAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)).ShouldNotBeNull();
    }

    [GeneratedRegex("data-testid=\"reset-link-sent\">(?<text>[^<]*)<")]
    private static partial Regex SentParagraph();

}

/// <summary>Reads the reset link out of a queued reset e-mail.</summary>
internal static partial class PasswordResetMail
{
    /// <summary>The path and query of the reset link in <paramref name="body"/>.</summary>
    public static string LinkIn(string body)
    {
        var match = Link().Match(body);
        match.Success.ShouldBeTrue(body);
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex Link();
}
