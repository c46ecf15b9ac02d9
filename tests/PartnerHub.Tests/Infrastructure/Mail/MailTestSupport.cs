using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PartnerHub.Data;
using PartnerHub.Domain.Notices;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Infrastructure.Mail;

/// <summary>A hub of its own, so the outbox these tests run sends only what they queue (and the demo's own notices).</summary>
public sealed class MailHub() : HubAppFactory(new Dictionary<string, string>())
{
    /// <summary>Queues an e-mail as a feature would and returns it.</summary>
    public async Task<OutboundEmail> QueueAsync(string recipient, string subject, string body, DateTimeOffset at)
    {
        var email = new OutboundEmail(Guid.NewGuid(), null, recipient, subject, body, "mail-test", at);
        await using var db = CreateContext(TenantScope.System);
        db.OutboundEmails.Add(email);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return email;
    }

    public async Task<OutboundEmail> ReloadAsync(Guid id)
    {
        await using var db = CreateContext(TenantScope.System);
        return await db.OutboundEmails.FindAsync([id], TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"No e-mail {id}");
    }

    /// <summary>An outbox over this hub's database with the given settings and clock.</summary>
    public EmailOutbox Outbox(MailOptions settings, FakeTimeProvider clock) =>
        new(Services.GetRequiredService<HubDbContextOptions>(), clock, new FixedOptions(settings), Services.GetRequiredService<IHostEnvironment>(), NullLogger<EmailOutbox>.Instance);

    /// <summary>Settings that send to an SMTP server on this machine, plain (test servers speak no TLS), with a login.</summary>
    public static MailOptions SmtpAt(int port, bool login = true) => new()
    {
        SmtpHost = "127.0.0.1",
        SmtpPort = port,
        SmtpSecurity = SmtpSecurity.None,
        SmtpUserName = login ? "partnerhub" : null,
        SmtpPassword = "not-a-real-password",
        SmtpTimeoutSeconds = 10,
        From = "partnerhub@vendor.example",
        FromName = "パートナーハブ",
        MaxAttempts = 3,
        RetryAfterSeconds = 60,
    };

    private sealed class FixedOptions(MailOptions value) : IOptionsMonitor<MailOptions>
    {
        public MailOptions CurrentValue => value;

        public MailOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<MailOptions, string?> listener) => null;
    }
}

/// <summary>
/// An SMTP server that refuses the recipients it is told to with a 550 (netDumbster answers every bad recipient with a
/// 451, so it cannot show a permanent refusal) and takes the rest, keeping what it took.
/// </summary>
public sealed class RefusingSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly HashSet<string> _refused;
    private readonly CancellationTokenSource _stop = new();

    public RefusingSmtpServer(params string[] refused)
    {
        _refused = new HashSet<string>(refused, StringComparer.OrdinalIgnoreCase);
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<MimeMessage> Received { get; } = [];

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await ConverseAsync(client.GetStream());
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException or IOException)
        {
            // Stopped.
        }
    }

    private async Task ConverseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 refusing.test ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            string command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250 refusing.test");
                    break;
                case "RCPT":
                    string address = line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)];
                    await writer.WriteLineAsync(_refused.Contains(address) ? "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown" : "250 2.1.5 Ok");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    Received.Add(await MimeMessage.LoadAsync(new MemoryStream(Encoding.ASCII.GetBytes(data.ToString()))));
                    await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 2.0.0 Ok");
                    break;
            }
        }
    }
}
