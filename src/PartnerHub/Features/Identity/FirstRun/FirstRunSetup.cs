using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Identity.FirstRun;

/// <summary>What a production hub needs before anyone can sign in: the vendor organisation and its first administrator.</summary>
/// <param name="OrganisationName">The vendor's registered name.</param>
/// <param name="OrganisationKana">Its reading in katakana.</param>
/// <param name="AdminEmail">The administrator's sign-in address.</param>
/// <param name="AdminName">The administrator's name as shown in the hub.</param>
public sealed record FirstRunInput(string OrganisationName, string OrganisationKana, string AdminEmail, string AdminName);

/// <summary>The administrator created, with the one-time password to sign in with.</summary>
public sealed record FirstRunAccount(string Email, string InitialPassword);

/// <summary>
/// Creates the vendor organisation and its first administrator on an empty production database; nothing else is seeded
/// (price lists, plans and partners are maintained in the hub). The administrator signs in with a generated one-time
/// password and, as every vendor account, must enrol an authenticator before anything else opens
/// (<see cref="TwoFactorEnrolmentMiddleware"/>). Refused once a vendor organisation exists.
/// </summary>
public sealed class FirstRunSetup(HubDbContextFactory contextFactory, UserManager<ApplicationUser> users)
{
    public async Task<(FirstRunAccount? Account, IReadOnlyList<string> Problems)> RunAsync(FirstRunInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(input.OrganisationName) || string.IsNullOrWhiteSpace(input.OrganisationKana) || string.IsNullOrWhiteSpace(input.AdminName))
        {
            problems.Add("--organisation, --kana and --name are required.");
        }

        var email = EmailAddress.Validate(input.AdminEmail);
        if (!email.IsValid)
        {
            problems.Add($"--email '{input.AdminEmail}' is not an e-mail address.");
        }

        await using var db = contextFactory.CreateSystemContext();
        if (await db.Organisations.AnyAsync(o => o.Kind == OrganisationKind.Vendor, cancellationToken))
        {
            problems.Add("A vendor organisation already exists: the first run has been done. Add administrators in the hub (/staff).");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var organisation = new Organisation(Guid.NewGuid(), OrganisationKind.Vendor, input.OrganisationName.Trim(), input.OrganisationKana.Trim());
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);

        string password = InitialPassword();
        var user = new ApplicationUser
        {
            UserName = email.Value.Value, Email = email.Value.Value, EmailConfirmed = true, DisplayName = input.AdminName.Trim(),
            OrganisationId = organisation.Id, LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, HubRoles.VendorAdmin);
        }

        if (!created.Succeeded)
        {
            db.Organisations.Remove(organisation);
            await db.SaveChangesAsync(cancellationToken);
            return (null, [.. created.Errors.Select(e => e.Description)]);
        }

        return (new FirstRunAccount(user.Email, password), []);
    }

    // 24 characters from an alphabet without look-alikes, with each character class the password rules may ask for.
    private static string InitialPassword()
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "-_.!#%+=";
        string all = letters + digits + symbols;
        var chars = Enumerable.Range(0, 21).Select(_ => all[RandomNumberGenerator.GetInt32(all.Length)])
            .Append(letters[RandomNumberGenerator.GetInt32(24)]).Append(letters[24 + RandomNumberGenerator.GetInt32(24)])
            .Append(digits[RandomNumberGenerator.GetInt32(digits.Length)]).Append(symbols[RandomNumberGenerator.GetInt32(symbols.Length)])
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
