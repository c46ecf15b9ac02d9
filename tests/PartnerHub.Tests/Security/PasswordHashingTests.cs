using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>Issue 13, secrets at rest: PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP 2023), older hashes upgraded at sign-in.</summary>
public sealed class PasswordHashingTests(HubAppFactory app)
{
    private const int HmacSha512 = 2; // KeyDerivationPrf.HMACSHA512 in Identity's v3 hash format

    [Fact]
    public async Task HashPassword_ByDefault_Uses210000IterationsOfHmacSha512()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>();

        var hash = hasher.HashPassword(new ApplicationUser(), DemoOrganisations.DemoPassword);

        Parameters(hash).ShouldBe((HmacSha512, 210_000));
    }

    [Fact]
    public async Task SignIn_WhenHashHasFewerIterations_UpgradesTheHash()
    {
        var email = $"old-hash-{Guid.NewGuid():N}@sakura.example";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "旧 ハッシュ", OrganisationId = DemoOrganisations.SakuraPartner, LockoutEnabled = true };
            (await users.CreateAsync(user)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, HubRoles.PartnerStaff)).Succeeded.ShouldBeTrue();
            user.PasswordHash = new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 })).HashPassword(user, DemoOrganisations.DemoPassword);
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
            Parameters(user.PasswordHash).ShouldBe((HmacSha512, 100_000));
        }

        await HubSession.SignInAsync(app, email);

        await using var after = app.Services.CreateAsyncScope();
        var upgraded = await after.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        Parameters(upgraded!.PasswordHash!).ShouldBe((HmacSha512, 210_000));
    }

    // Identity v3 format: 0x01, PRF, iteration count, salt length (big-endian 32-bit each), salt, subkey.
    private static (int Prf, int Iterations) Parameters(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        bytes[0].ShouldBe((byte)0x01);
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }
}
