using System.Net;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Identity;

public class SignInTests(HubAppFactory app)
{
    [Theory]
    [InlineData("admin@vendor.example", "株式会社セキュアセンサー・ジャパン", "ベンダー管理者")]
    [InlineData("desk@vendor.example", "株式会社セキュアセンサー・ジャパン", "二次受付窓口")]
    [InlineData("finance@vendor.example", "株式会社セキュアセンサー・ジャパン", "経理担当")]
    [InlineData("admin@minato.example", "株式会社みなと情報システム", "パートナー管理者")]
    [InlineData("staff@hokuriku.example", "北陸ビジネスソリューションズ株式会社", "パートナー担当者（一次受付）")]
    [InlineData("kitting@toho.example", "東邦キッティングサービス株式会社", "HWベンダー担当者")]
    public async Task SignIn_WithEachRole_LandsOnItsHomePage(string email, string organisation, string role)
    {
        var client = await HubSession.SignInAsync(app, email);

        var home = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));

        home.ShouldContain(organisation);
        home.ShouldContain(role);
    }

    [Fact]
    public async Task SignIn_WhenVendorUserGivesWrongTotpCode_StaysSignedOut()
    {
        var client = app.CreateBrowserLikeClient();
        var login = await HubSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "ops@vendor.example",
            ["Input.Password"] = DemoOrganisations.DemoPassword,
        });
        login.Headers.Location!.ToString().ShouldContain("LoginWith2fa");

        var twoFactor = await HubSession.PostFormAsync(client, login.Headers.Location.ToString(), new Dictionary<string, string> { ["Input.TwoFactorCode"] = "000000" });
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        WebUtility.HtmlDecode(await twoFactor.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("認証コードが正しくありません");
        home.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksTheAccount()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, DemoOrganisations.SakuraPartner);
        var client = app.CreateBrowserLikeClient();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            await HubSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "wrong-Password1!" });
        }

        var withRightPassword = await HubSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoOrganisations.DemoPassword });

        withRightPassword.Headers.Location!.ToString().ShouldContain("Account/Lockout");
    }

    [Fact]
    public async Task Pages_WhenDeskUserHasNoAuthenticator_RedirectToEnrolment()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.SecondLineDesk, DemoOrganisations.Vendor);
        var client = await HubSession.SignInAsync(app, email);

        var home = await client.GetAsync(new Uri("/customers", UriKind.Relative), TestContext.Current.CancellationToken);
        var enrolment = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/Account/Manage/EnableAuthenticator", UriKind.Relative), TestContext.Current.CancellationToken));

        home.Headers.Location!.ToString().ShouldBe("/Account/Manage/EnableAuthenticator");
        enrolment.ShouldContain("2段階認証が必須です");
    }

    [Fact]
    public async Task CultureSwitch_WhenEnglishChosen_ShowsLoginInEnglish()
    {
        var client = app.CreateBrowserLikeClient();

        var switched = await client.GetAsync(new Uri("/culture/set?culture=en&returnUrl=/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        var login = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);

        switched.Headers.Location!.ToString().ShouldBe("/Account/Login");
        login.ShouldContain("Sign in with your PartnerHub account");
    }

    [Fact]
    public async Task CultureSwitch_WhenReturnUrlPointsOffSite_StaysOnTheHub()
    {
        var client = app.CreateBrowserLikeClient();

        var switched = await client.GetAsync(new Uri("/culture/set?culture=en&returnUrl=https://evil.example/", UriKind.Relative), TestContext.Current.CancellationToken);

        switched.Headers.Location!.ToString().ShouldBe("/");
    }
}
