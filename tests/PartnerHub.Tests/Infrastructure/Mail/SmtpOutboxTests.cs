using System.Text;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;
using PartnerHub.Domain.Notices;

namespace PartnerHub.Tests.Infrastructure.Mail;

/// <summary>Issue 16, mail as infrastructure: the outbox sends through a real SMTP server and a bad message stalls nothing.</summary>
public sealed class SmtpOutboxTests(MailHub app) : IClassFixture<MailHub>, IDisposable
{
    private readonly SimpleSmtpServer _server = SimpleSmtpServer.Start();
    // Whole seconds: the SQLite column keeps less than a tick's precision, and the test compares times exactly.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task SendPending_JapaneseNotice_ArrivesAsUtf8MimeWithItsIdAndDate()
    {
        string recipient = Unique("yamada");
        var queuedAt = _clock.GetUtcNow().AddMinutes(-5);
        var email = await app.QueueAsync(recipient, "【重要】機器の状態が「障害」になりました", "山田 太郎 様\n\n監視対象の機器 CTS-0001 が応答していません。\nご確認ください。", queuedAt);

        await app.Outbox(MailHub.SmtpAt(_server.Configuration.Port), _clock).SendPendingAsync(Token);

        var arrived = ArrivedFor(recipient).ShouldHaveSingleItem();
        arrived.Subject.ShouldBe("【重要】機器の状態が「障害」になりました");
        arrived.TextBody!.ShouldContain("監視対象の機器 CTS-0001 が応答していません。");
        arrived.MessageId.ShouldBe($"{email.Id:N}@vendor.example");
        arrived.Date.ToUnixTimeSeconds().ShouldBe(queuedAt.ToUnixTimeSeconds());
        arrived.From.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("パートナーハブ");
        (await app.ReloadAsync(email.Id)).ShouldSatisfyAllConditions(
            sent => sent.Status.ShouldBe(OutboundEmailStatus.Sent),
            sent => sent.SentAt.ShouldBe(_clock.GetUtcNow()),
            sent => sent.Attempts.ShouldBe(1));
    }

    [Fact]
    public async Task SendPending_PoisonMessagesAmongGoodOnes_FailsOnlyThePoisonAndSendsEachGoodOneOnce()
    {
        var now = _clock.GetUtcNow();
        var first = await app.QueueAsync(Unique("first"), "保守作業のお知らせ", "本文", now.AddSeconds(-4));
        var noAddress = await app.QueueAsync("営業部 佐藤", "宛先のないお知らせ", "本文", now.AddSeconds(-3));
        var refusedForNow = await app.QueueAsync("sato@a.jp", "短すぎるドメイン", "本文", now.AddSeconds(-2)); // netDumbster: 451
        var lineBreak = await app.QueueAsync(Unique("crlf"), "株式会社北陸\r\nBcc: victim@example.com 機器", "本文", now.AddSeconds(-1));
        var outbox = app.Outbox(MailHub.SmtpAt(_server.Configuration.Port), _clock);

        await outbox.SendPendingAsync(Token);
        await outbox.SendPendingAsync(Token);

        ArrivedFor(first.Recipient).ShouldHaveSingleItem();
        var flattened = ArrivedFor(lineBreak.Recipient).ShouldHaveSingleItem();
        flattened.Subject.ShouldBe("株式会社北陸 Bcc: victim@example.com 機器");
        flattened.Bcc.ShouldBeEmpty();
        (await app.ReloadAsync(noAddress.Id)).ShouldSatisfyAllConditions(
            failed => failed.Status.ShouldBe(OutboundEmailStatus.Failed),
            failed => failed.Attempts.ShouldBe(1),
            failed => failed.LastError!.ShouldContain("営業部 佐藤"));
        (await app.ReloadAsync(refusedForNow.Id)).ShouldSatisfyAllConditions(
            retrying => retrying.Status.ShouldBe(OutboundEmailStatus.Retrying),
            retrying => retrying.Attempts.ShouldBe(1),
            retrying => retrying.LastError.ShouldBe("451 Address is invalid."),
            retrying => retrying.NextAttemptAt.ShouldBe(now.AddSeconds(60)));
    }

    [Fact]
    public async Task SendPending_TemporaryRefusal_BacksOffThenGivesUpAfterMaxAttempts()
    {
        var email = await app.QueueAsync("tanaka@b.jp", "再送のお知らせ", "本文", _clock.GetUtcNow());
        var outbox = app.Outbox(MailHub.SmtpAt(_server.Configuration.Port), _clock);

        await outbox.SendPendingAsync(Token);
        _clock.Advance(TimeSpan.FromSeconds(59));
        await outbox.SendPendingAsync(Token);
        (await app.ReloadAsync(email.Id)).Attempts.ShouldBe(1);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await outbox.SendPendingAsync(Token);
        var second = await app.ReloadAsync(email.Id);
        second.Attempts.ShouldBe(2);
        second.NextAttemptAt.ShouldBe(_clock.GetUtcNow().AddSeconds(120));
        _clock.Advance(TimeSpan.FromSeconds(120));
        await outbox.SendPendingAsync(Token);

        (await app.ReloadAsync(email.Id)).ShouldSatisfyAllConditions(
            failed => failed.Attempts.ShouldBe(3),
            failed => failed.Abandoned.ShouldBeTrue(),
            failed => failed.NextAttemptAt.ShouldBeNull(),
            failed => failed.LastError.ShouldBe("451 Address is invalid."));
    }

    [Fact]
    public async Task SendPending_ServerRefusesOneRecipientPermanently_FailsItAtOnceWithTheAnswerAndSendsTheOthers()
    {
        string refused = Unique("gone");
        using var server = new RefusingSmtpServer(refused);
        var before = await app.QueueAsync(Unique("before"), "請求書発行のお知らせ", "本文", _clock.GetUtcNow().AddSeconds(-2));
        var poison = await app.QueueAsync(refused, "契約更新のご案内", "本文", _clock.GetUtcNow().AddSeconds(-1));
        var after = await app.QueueAsync(Unique("after"), "サービス終了のお知らせ", "本文", _clock.GetUtcNow());

        // This server offers no AUTH; a login would be refused before any message.
        await app.Outbox(MailHub.SmtpAt(server.Port, login: false), _clock).SendPendingAsync(Token);

        server.Received.SelectMany(m => m.To.Mailboxes).Select(m => m.Address).ShouldContain(before.Recipient);
        server.Received.SelectMany(m => m.To.Mailboxes).Select(m => m.Address).ShouldContain(after.Recipient);
        server.Received.SelectMany(m => m.To.Mailboxes).Select(m => m.Address).ShouldNotContain(refused);
        (await app.ReloadAsync(poison.Id)).ShouldSatisfyAllConditions(
            failed => failed.Status.ShouldBe(OutboundEmailStatus.Failed),
            failed => failed.Attempts.ShouldBe(1),
            failed => failed.LastError!.ShouldStartWith("550 5.1.1"),
            failed => failed.LastError!.ShouldContain("User unknown"));
    }

    [Fact]
    public async Task SendPending_ServerUnreachable_KeepsTheMailForALaterAttempt()
    {
        int closedPort = _server.Configuration.Port;
        _server.Stop();
        var email = await app.QueueAsync(Unique("later"), "メンテナンスのお知らせ", "本文", _clock.GetUtcNow());

        // A round stops at the first connection failure; older mail of the demo may be ahead of this one.
        var outbox = app.Outbox(MailHub.SmtpAt(closedPort), _clock);
        for (int round = 0; round < 200 && (await app.ReloadAsync(email.Id)).Attempts == 0; round++)
        {
            (await outbox.SendPendingAsync(Token)).ShouldBe(0);
        }

        var waiting = await app.ReloadAsync(email.Id);
        waiting.Status.ShouldBe(OutboundEmailStatus.Retrying);
        waiting.LastError!.ShouldContain($"127.0.0.1:{closedPort}");
    }

    private static string Unique(string name) => $"{name}.{Guid.NewGuid():N}@hokuriku-net.example.jp";

    private List<MimeMessage> ArrivedFor(string recipient) =>
        _server.ReceivedEmail.Where(m => m.ToAddresses.Any(a => string.Equals(a.Address, recipient, StringComparison.OrdinalIgnoreCase)))
            .Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();
}
