using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using PartnerHub.Data;

namespace PartnerHub.Features.Identity.PasswordReset;

/// <summary>
/// Identity's password-reset token, on the hub's clock: the user, the purpose, the security stamp and the time it was made,
/// protected with the hub's Data Protection keys. It is refused after <see cref="PasswordResetOptions.LinkLifetime"/>, and
/// once the password changed (the change renews the security stamp), so a link works once. Identity's own provider reads
/// the system clock, which a test cannot move.
/// </summary>
public sealed class PasswordResetTokenProvider(IDataProtectionProvider dataProtection, TimeProvider clock, IOptionsMonitor<PasswordResetOptions> options)
    : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string ProviderName = "HubPasswordReset";

    // Tokens made on another instance a little ahead of this one's clock still count as made now.
    private static readonly TimeSpan s_clockSkew = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("PartnerHub.PasswordReset.v1");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user));
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        DateTimeOffset issued;
        string userId, tokenPurpose, stamp;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))), Encoding.UTF8);
            issued = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            userId = reader.ReadString();
            tokenPurpose = reader.ReadString();
            stamp = reader.ReadString();
        }
        catch (Exception e) when (e is CryptographicException or FormatException or EndOfStreamException or ArgumentException)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (issued > now + s_clockSkew || now - issued > options.CurrentValue.LinkLifetime)
        {
            return false;
        }

        var currentUserId = await manager.GetUserIdAsync(user);
        var currentStamp = await manager.GetSecurityStampAsync(user);
        return string.Equals(userId, currentUserId, StringComparison.Ordinal)
            && string.Equals(purpose, tokenPurpose, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stamp), Encoding.UTF8.GetBytes(currentStamp));
    }
}
