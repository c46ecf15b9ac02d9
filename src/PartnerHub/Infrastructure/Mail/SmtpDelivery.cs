using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PartnerHub.Infrastructure.Mail;

/// <summary>
/// Sends through one SMTP session per round (MailKit), connecting on the first message and again after the server
/// dropped the connection. The server's answer decides: 5xx refuses the message for good, 4xx and a lost connection
/// are worth another attempt.
/// </summary>
public sealed class SmtpDelivery(MailOptions settings) : MailDelivery
{
    private readonly SmtpClient _client = new() { Timeout = (int)TimeSpan.FromSeconds(settings.SmtpTimeoutSeconds).TotalMilliseconds };

    public override async Task<DeliveryResult> DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await ConnectAsync(cancellationToken);
        }
        catch (Exception exception) when (IsConnectionFailure(exception, cancellationToken))
        {
            return new DeliveryResult(DeliveryOutcome.FailedForNow, $"Cannot reach {settings.SmtpHost}:{settings.SmtpPort}: {Answer(exception)}", StopRound: true);
        }

        try
        {
            await _client.SendAsync(message, cancellationToken);
            return DeliveryResult.Delivered;
        }
        catch (SmtpCommandException refused) when (refused.ErrorCode == SmtpErrorCode.SenderNotAccepted)
        {
            // The sender is ours: every message would be refused alike, and none of them is at fault.
            return new DeliveryResult(DeliveryOutcome.FailedForNow, Answer(refused), StopRound: true);
        }
        catch (SmtpCommandException refused)
        {
            return new DeliveryResult((int)refused.StatusCode >= 500 ? DeliveryOutcome.Rejected : DeliveryOutcome.FailedForNow, Answer(refused));
        }
        catch (NotSupportedException unsupported)
        {
            // E.g. an internationalised address to a server without SMTPUTF8: this server will never take it.
            return new DeliveryResult(DeliveryOutcome.Rejected, unsupported.Message);
        }
        catch (Exception exception) when (IsConnectionFailure(exception, cancellationToken))
        {
            await DisconnectQuietlyAsync();
            return new DeliveryResult(DeliveryOutcome.FailedForNow, Answer(exception), StopRound: true);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // Whatever else one message provokes must not keep it at the head of the queue: it backs off like a 4xx.
            await DisconnectQuietlyAsync();
            return new DeliveryResult(DeliveryOutcome.FailedForNow, unexpected.Message);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await DisconnectQuietlyAsync();
        _client.Dispose();
        await base.DisposeAsync();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
        {
            return;
        }

        var security = settings.SmtpSecurity switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await _client.ConnectAsync(settings.SmtpHost ?? string.Empty, settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await _client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }
    }

    private async Task DisconnectQuietlyAsync()
    {
        if (!_client.IsConnected)
        {
            return;
        }

        try
        {
            await _client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ProtocolException or ServiceNotConnectedException)
        {
            // The server went away first; there is nothing left to close.
        }
    }

    private static bool IsConnectionFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // MailKit's own timeout
        SmtpCommandException or IOException or SocketException or TimeoutException or ProtocolException or AuthenticationException or SslHandshakeException
            or ServiceNotConnectedException or ServiceNotAuthenticatedException or NotSupportedException => true,
        _ => false,
    };

    /// <summary>The server's answer as it said it (status code first), or the failure's own message.</summary>
    private static string Answer(Exception exception) =>
        exception is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : exception.Message;
}
