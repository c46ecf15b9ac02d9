using MimeKit;
using PartnerHub.Infrastructure.Security;

namespace PartnerHub.Infrastructure.Mail;

/// <summary>
/// Writes each message as <c>&lt;id&gt;.eml</c> into a folder (demo and development). The file is named after the
/// Message-ID and written whole before it appears, so a retry after a crash replaces the same file instead of adding a
/// second copy, and a reader never sees half a message.
/// </summary>
public sealed class PickupDirectoryDelivery : MailDelivery
{
    private readonly string _folder;

    public PickupDirectoryDelivery(string folder)
    {
        _folder = folder;
    }

    /// <summary>The folder <paramref name="configured"/> names: a relative path is taken from the content root, not the working directory.</summary>
    public static string Resolve(string configured, string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, configured));

    /// <summary>The file a message is written to.</summary>
    public string FileOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string messageId = message.MessageId ?? throw new ArgumentException("A message to drop needs a Message-ID (its file name).", nameof(message));
        return Path.Combine(_folder, messageId.Split('@')[0] + ".eml");
    }

    public override async Task<DeliveryResult> DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        string file = FileOf(message);
        string partial = file + ".partial";
        try
        {
            PrivateFiles.CreateFolder(_folder);
            message.Prepare(EncodingConstraint.SevenBit);
            File.Delete(partial);
            await using (var stream = new FileStream(partial, PrivateFiles.NewFile()))
            {
                await message.WriteToAsync(stream, cancellationToken);
            }

            File.Move(partial, file, overwrite: true);
            return DeliveryResult.Delivered;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new DeliveryResult(DeliveryOutcome.FailedForNow, $"Cannot write to {_folder}: {exception.Message}", StopRound: true);
        }
    }
}
