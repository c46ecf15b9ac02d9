using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Organisations.Users;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Organisations;

public class UserAdministrationTests(HubAppFactory app)
{
    [Fact]
    public async Task CreateUser_WhenPartnerAdminAddsStaff_IssuesAOneTimePasswordThatSignsIn()
    {
        var email = $"new-staff-{Guid.NewGuid():N}@minato.example";
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);

        var result = await scope.ServiceProvider.GetRequiredService<CreateUser>().ExecuteAsync(
            new NewUserInput { OrganisationId = DemoOrganisations.MinatoPartner, DisplayName = "新人 太郎", Email = email, Role = HubRoles.PartnerStaff },
            TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeTrue();
        var client = await HubSession.SignInAsync(app, email, result.OneTimePassword!);
        var home = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));
        home.ShouldContain("株式会社みなと情報システム");
    }

    [Fact]
    public async Task CreateUser_WhenPartnerAdminTargetsAnotherPartner_IsRefused()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);

        var result = await scope.ServiceProvider.GetRequiredService<CreateUser>().ExecuteAsync(
            new NewUserInput { OrganisationId = DemoOrganisations.HokurikuPartner, DisplayName = "侵入 者", Email = "intruder@hokuriku.example", Role = HubRoles.PartnerAdmin },
            TestContext.Current.CancellationToken);

        result.Error.ShouldBe(UserCommandError.NotAllowed);
    }

    [Fact]
    public async Task CreateUser_WhenRoleDoesNotFitTheOrganisation_IsRefused()
    {
        await using var scope = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);

        var result = await scope.ServiceProvider.GetRequiredService<CreateUser>().ExecuteAsync(
            new NewUserInput { OrganisationId = DemoOrganisations.SakuraPartner, DisplayName = "権限 違い", Email = "wrong-role@sakura.example", Role = HubRoles.Finance },
            TestContext.Current.CancellationToken);

        result.Error.ShouldBe(UserCommandError.RoleNotForOrganisation);
    }

    [Fact]
    public async Task SetLocked_WhenAdminStopsAnAccount_ItCannotSignIn()
    {
        var (userId, email, password) = await CreateStaffAsync();
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);

        (await scope.ServiceProvider.GetRequiredService<ManageUserAccess>().SetLockedAsync(userId, locked: true)).Succeeded.ShouldBeTrue();

        var client = app.CreateBrowserLikeClient();
        var response = await HubSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        response.Headers.Location!.ToString().ShouldContain("Account/Lockout");
    }

    [Fact]
    public async Task ChangeRole_WhenPartnerAdminPromotesStaff_RoleIsReplaced()
    {
        var (userId, _, _) = await CreateStaffAsync();
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);

        var result = await scope.ServiceProvider.GetRequiredService<ManageUserAccess>().ChangeRoleAsync(userId, HubRoles.PartnerAdmin);

        result.Succeeded.ShouldBeTrue();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        (await users.GetRolesAsync((await users.FindByIdAsync(userId))!)).ShouldBe([HubRoles.PartnerAdmin]);
    }

    [Fact]
    public async Task ResetPassword_WhenAnotherPartnersAdminTries_ReportsNotFound()
    {
        var (userId, _, _) = await CreateStaffAsync();
        await using var scope = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerAdmin);

        var result = await scope.ServiceProvider.GetRequiredService<ManageUserAccess>().ResetPasswordAsync(userId);

        result.Error.ShouldBe(UserCommandError.NotFound);
    }

    private async Task<(string UserId, string Email, string Password)> CreateStaffAsync()
    {
        var email = $"staff-{Guid.NewGuid():N}@minato.example";
        await using var scope = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        var result = await scope.ServiceProvider.GetRequiredService<CreateUser>().ExecuteAsync(
            new NewUserInput { OrganisationId = DemoOrganisations.MinatoPartner, DisplayName = "テスト 担当", Email = email, Role = HubRoles.PartnerStaff },
            TestContext.Current.CancellationToken);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        return (user!.Id, email, result.OneTimePassword!);
    }
}
