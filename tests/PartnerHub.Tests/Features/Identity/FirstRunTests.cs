using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Identity.FirstRun;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Identity;

/// <summary>A production hub starts empty: the first run creates the vendor and its first administrator, nothing else (issue 13).</summary>
public class FirstRunTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Setup_OnAnEmptyDatabase_CreatesOnlyTheVendorAndAnAdministratorWhoMustEnrolAndRefusesASecondRun()
    {
        await using var root = new HubAppFactory();
        string database = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"first-run-{Guid.NewGuid():N}.db");
        await using var app = root.WithWebHostBuilder(b => b
            .UseSetting("Database:SeedDemoData", "false")
            .UseSetting("Database:ConnectionString", new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString()));
        await using var scope = app.Services.CreateAsyncScope();
        var output = new StringWriter();

        int exit = await FirstRunCommand.RunAsync(scope.ServiceProvider,
            ["setup", "--organisation", "株式会社テストベンダー", "--kana", "テストベンダー", "--email", "first-admin@vendor.example", "--name", "最初 管理者"], output);
        var again = new StringWriter();
        int secondExit = await FirstRunCommand.RunAsync(scope.ServiceProvider,
            ["setup", "--organisation", "別会社", "--kana", "ベツガイシャ", "--email", "other@vendor.example", "--name", "別 管理者"], again);

        exit.ShouldBe(0);
        string password = output.ToString().Split('\n').Single(l => l.StartsWith("One-time password", StringComparison.Ordinal)).Split(": ")[1].Trim();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByEmailAsync("first-admin@vendor.example");
        admin.ShouldNotBeNull();
        (await users.CheckPasswordAsync(admin, password)).ShouldBeTrue();
        (await users.GetRolesAsync(admin)).ShouldBe([HubRoles.VendorAdmin]);
        admin.TwoFactorEnabled.ShouldBeFalse();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        (await db.Organisations.SingleAsync(Token)).Kind.ShouldBe(OrganisationKind.Vendor);
        (await db.Customers.CountAsync(Token)).ShouldBe(0);
        (await db.PriceLists.CountAsync(Token)).ShouldBe(0);
        (await db.Roles.Select(r => r.Name).ToListAsync(Token)).ShouldBe(HubRoles.All, ignoreOrder: true);
        secondExit.ShouldBe(1);
        again.ToString().ShouldContain("already exists");
        (await users.FindByEmailAsync("other@vendor.example")).ShouldBeNull();
    }

    [Fact]
    public async Task Setup_WithABadEmailAndMissingName_ExplainsBothAndCreatesNothing()
    {
        await using var root = new HubAppFactory();
        string database = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"first-run-{Guid.NewGuid():N}.db");
        await using var app = root.WithWebHostBuilder(b => b
            .UseSetting("Database:SeedDemoData", "false")
            .UseSetting("Database:ConnectionString", new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString()));
        await using var scope = app.Services.CreateAsyncScope();
        var output = new StringWriter();

        int exit = await FirstRunCommand.RunAsync(scope.ServiceProvider, ["setup", "--organisation", "株式会社テストベンダー", "--kana", "テストベンダー", "--email", "not-an-address"], output);

        exit.ShouldBe(1);
        output.ToString().ShouldContain("--name");
        output.ToString().ShouldContain("not-an-address");
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        (await db.Organisations.CountAsync(Token)).ShouldBe(0);
    }
}
