using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>Files with customer data are the service account's only (issue 13, secrets at rest).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class PrivateFilesTests(HubAppFactory app)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task SavedAttachment_IsReadableByTheServiceAccountOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var store = app.Services.GetRequiredService<AttachmentStore>();

        var (key, _, _) = await store.SaveAsync(new MemoryStream([1, 2, 3]), 10, TestContext.Current.CancellationToken);

        File.GetUnixFileMode(store.PathOf(key)).ShouldBe(OwnerOnly);
    }

    [Fact]
    public void HubDatabase_IsReadableByTheServiceAccountOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        string file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;

        File.GetUnixFileMode(file).ShouldBe(OwnerOnly);
    }

    [Fact]
    public async Task DroppedMail_InAFolderTheHubCreates_IsReadableByTheServiceAccountOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        string folder = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"mail-{Guid.NewGuid():N}", "drop");
        var drop = new PartnerHub.Infrastructure.Mail.PickupDirectoryDelivery(folder);
        var message = new MimeKit.MimeMessage { Subject = "請求書を発行しました", MessageId = $"{Guid.NewGuid():N}@hub.example", Body = new MimeKit.TextPart("plain") { Text = "鈴木 様" } };
        message.From.Add(new MimeKit.MailboxAddress("PartnerHub", "hub@hub.example"));
        message.To.Add(new MimeKit.MailboxAddress("鈴木", "suzuki@hokuriku-net.example.jp"));

        (await drop.DeliverAsync(message, TestContext.Current.CancellationToken)).Outcome.ShouldBe(PartnerHub.Infrastructure.Mail.DeliveryOutcome.Delivered);

        File.GetUnixFileMode(folder).ShouldBe(OwnerOnly | UnixFileMode.UserExecute);
        File.GetUnixFileMode(drop.FileOf(message)).ShouldBe(OwnerOnly);
    }

    [Fact]
    public void NewFolder_IsTheServiceAccountsOnly_AndAnExistingOneKeepsItsMode()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        string folder = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"private-{Guid.NewGuid():N}");
        string shared = Path.GetTempPath();
        var sharedMode = File.GetUnixFileMode(shared);

        PartnerHub.Infrastructure.Security.PrivateFiles.CreateFolder(folder);
        PartnerHub.Infrastructure.Security.PrivateFiles.CreateFolder(shared);

        File.GetUnixFileMode(folder).ShouldBe(OwnerOnly | UnixFileMode.UserExecute);
        File.GetUnixFileMode(shared).ShouldBe(sharedMode);
    }
}
