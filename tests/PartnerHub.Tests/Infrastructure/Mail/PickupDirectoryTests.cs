using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MimeKit;
using PartnerHub.Domain.Notices;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Infrastructure.Mail;

/// <summary>Issue 16: without an SMTP server the e-mails land as .eml files in the configured drop folder.</summary>
public sealed class PickupDirectoryTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendPending_NoSmtpHost_WritesOneEmlPerMessageIntoTheDropFolderOnce()
    {
        var email = new OutboundEmail(Guid.NewGuid(), null, "suzuki@hokuriku-net.example.jp", "請求書を発行しました（2026年12月分）", "鈴木 様\n請求書をご確認ください。", "mail-test", TimeProvider.System.GetUtcNow());
        await using (var db = app.CreateContext(TenantScope.System))
        {
            db.OutboundEmails.Add(email);
            await db.SaveChangesAsync(Token);
        }

        var outbox = app.Services.GetRequiredService<EmailOutbox>();
        for (int round = 0; round < 100 && await outbox.SendPendingAsync(Token) > 0; round++)
        {
        }

        string file = Path.Combine(outbox.PickupFolder, $"{email.Id:N}.eml");
        outbox.PickupFolder.ShouldStartWith(Path.GetTempPath());
        var dropped = await MimeMessage.LoadAsync(file, Token);
        dropped.Subject.ShouldBe("請求書を発行しました（2026年12月分）");
        dropped.TextBody!.ShouldContain("請求書をご確認ください。");
        dropped.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("suzuki@hokuriku-net.example.jp");
        Directory.GetFiles(outbox.PickupFolder, $"{email.Id:N}*").ShouldHaveSingleItem();
    }

    [Fact]
    public void PickupFolder_Relative_IsTakenFromTheContentRootNotTheWorkingDirectory()
    {
        string root = Path.Combine(Path.GetTempPath(), "hub-root");

        PickupDirectoryDelivery.Resolve("App_Data/mail", root).ShouldBe(Path.Combine(root, "App_Data", "mail"));
        PickupDirectoryDelivery.Resolve("/srv/partnerhub/mail", root).ShouldBe("/srv/partnerhub/mail");
    }

    [Fact]
    public void MailOptions_OlderNoticesKeys_AreStillReadAndMailWins()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notices:SmtpHost"] = "smtp.old.example",
            ["Notices:SmtpEnableSsl"] = "false",
            ["Notices:From"] = "old@vendor.example",
            ["Mail:From"] = "new@vendor.example",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddMail().BuildServiceProvider();

        var settings = services.GetRequiredService<IOptions<MailOptions>>().Value;

        settings.SmtpHost.ShouldBe("smtp.old.example");
        settings.SmtpSecurity.ShouldBe(SmtpSecurity.None);
        settings.From.ShouldBe("new@vendor.example");
    }
}
