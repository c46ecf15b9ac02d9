using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Seeding;

/// <summary>
/// Fills an empty database with a vendor, three partners with Japanese company names and their customers, a hardware
/// vendor, and one user per role. Runs only when Database:SeedDemoData is true and no organisation exists yet.
/// </summary>
public sealed class DemoDataSeeder(
    HubDbContextFactory contextFactory,
    UserManager<ApplicationUser> userManager,
    IUserStore<ApplicationUser> userStore,
    TimeProvider timeProvider,
    IEnumerable<IDemoDataContributor> contributors,
    ILogger<DemoDataSeeder> logger)
{
    public static IReadOnlyList<DemoLogin> Logins { get; } =
    [
        new("admin@vendor.example", "山本 直樹", HubRoles.VendorAdmin, DemoOrganisations.Vendor),
        new("ops@vendor.example", "佐藤 美咲", HubRoles.VendorOperations, DemoOrganisations.Vendor),
        new("desk@vendor.example", "高橋 健一", HubRoles.SecondLineDesk, DemoOrganisations.Vendor),
        new("finance@vendor.example", "伊藤 由美", HubRoles.Finance, DemoOrganisations.Vendor),
        new("admin@minato.example", "渡辺 大輔", HubRoles.PartnerAdmin, DemoOrganisations.MinatoPartner),
        new("staff@minato.example", "小林 さくら", HubRoles.PartnerStaff, DemoOrganisations.MinatoPartner),
        new("admin@hokuriku.example", "中村 翔太", HubRoles.PartnerAdmin, DemoOrganisations.HokurikuPartner),
        new("staff@hokuriku.example", "加藤 愛", HubRoles.PartnerStaff, DemoOrganisations.HokurikuPartner),
        new("admin@sakura.example", "吉田 拓也", HubRoles.PartnerAdmin, DemoOrganisations.SakuraPartner),
        new("staff@sakura.example", "山田 彩", HubRoles.PartnerStaff, DemoOrganisations.SakuraPartner),
        new("kitting@toho.example", "松本 浩二", HubRoles.HardwareVendor, DemoOrganisations.TohoHardwareVendor),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateSystemContext();
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return;
        }

        long started = timeProvider.GetTimestamp();

        db.Organisations.AddRange(DemoCatalogue.Organisations());
        var now = timeProvider.GetUtcNow();
        db.Customers.AddRange(DemoCatalogue.Customers(now));
        db.PriceLists.AddRange(DemoPriceLists.All(Infrastructure.Localization.JapaneseFormat.TokyoDate(now)));
        db.Appliances.AddRange(DemoInventory.Appliances(now));
        await db.SaveChangesAsync(cancellationToken);
        await DemoDeployments.SeedAsync(db, now, cancellationToken);

        foreach (var login in Logins)
        {
            await CreateUserAsync(login);
        }

        foreach (var contributor in contributors)
        {
            await contributor.SeedAsync(cancellationToken);
        }

        logger.LogInformation("Demo data seeded in {Milliseconds} ms: {Organisations} organisations, {Users} users.",
            (long)timeProvider.GetElapsedTime(started).TotalMilliseconds, 5, Logins.Count);
    }

    private async Task CreateUserAsync(DemoLogin login)
    {
        var user = new ApplicationUser
        {
            UserName = login.Email,
            Email = login.Email,
            EmailConfirmed = true,
            DisplayName = login.DisplayName,
            OrganisationId = login.OrganisationId,
            LockoutEnabled = true,
        };
        var result = await userManager.CreateAsync(user, DemoOrganisations.DemoPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo user could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await userManager.AddToRoleAsync(user, login.Role);
        if (HubRoles.RequiresTwoFactor(login.Role))
        {
            await ((IUserAuthenticatorKeyStore<ApplicationUser>)userStore).SetAuthenticatorKeyAsync(user, DemoOrganisations.DemoAuthenticatorKey, CancellationToken.None);
            await userManager.SetTwoFactorEnabledAsync(user, true);
        }
    }
}

public sealed record DemoLogin(string Email, string DisplayName, string Role, Guid OrganisationId);
