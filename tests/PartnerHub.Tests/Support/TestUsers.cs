using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;

namespace PartnerHub.Tests.Support;

/// <summary>Accounts a test needs besides the demo logins, with the demo password and no authenticator unless asked.</summary>
public static class TestUsers
{
    /// <summary>Creates a user with <paramref name="role"/> in <paramref name="organisationId"/>; returns its e-mail.</summary>
    public static async Task<string> CreateAsync(IServiceProvider services, string role, Guid organisationId, bool twoFactor = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = "テスト 利用者", OrganisationId = organisationId, LockoutEnabled = true,
            TwoFactorEnabled = twoFactor,
        };
        (await users.CreateAsync(user, DemoOrganisations.DemoPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return email;
    }
}
