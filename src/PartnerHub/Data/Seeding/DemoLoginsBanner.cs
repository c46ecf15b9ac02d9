using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace PartnerHub.Data.Seeding;

/// <summary>Prints the demo logins and the address to the console once the hub listens.</summary>
public static class DemoLoginsBanner
{
    public static void PrintIfSeeded(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SeedDemoData)
        {
            return;
        }

        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("PartnerHub demo is running at: " + string.Join(", ", app.Urls));
        text.AppendLine(CultureInfo.InvariantCulture, $"Demo logins (password for all: {DemoOrganisations.DemoPassword}):");
        foreach (var login in DemoDataSeeder.Logins)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {login.Email,-26} {login.Role}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Vendor, desk and finance logins ask for a TOTP code: oathtool --totp -b {DemoOrganisations.DemoAuthenticatorKey}");
        Console.WriteLine(text.ToString());
    }
}
