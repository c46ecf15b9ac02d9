using PartnerHub.Features.Documents.Pdf;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>What the letter prints: the addressee, the partner as contact, and the notice composed in the letter's language.</summary>
public sealed record ServiceNoticeLetterModel(
    ComposedNotice Notice, string CustomerName, string? CustomerPostalCode, string? CustomerAddress, string ContactName, string? ContactDepartment,
    string PartnerName, string? PartnerPhone, DateOnly IssuedOn, LetterWithdrawal? Withdrawal);

/// <summary>
/// What a withdrawal letter says besides the notice's title: when the notice was published, when the withdrawn letter was
/// posted, and why it is withdrawn (ADR-006).
/// </summary>
public sealed record LetterWithdrawal(DateOnly PublishedOn, DateOnly? OriginalPostedOn, string Reason);

/// <summary>
/// Prints one letter of a notice in the language it was issued in, through the shared composer: the notice itself, or the
/// letter withdrawing it sent to a customer whose letter was already posted.
/// </summary>
public sealed class ServiceNoticeLetterPrinter(IPdfRenderer renderer, NoticeComposer composer)
{
    public Task<byte[]> RenderAsync(NoticeLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var (notice, customer, partner) = (letter.Notice, letter.Customer, letter.Partner);
        var culture = PublishServiceNotice.Culture(letter.Language);
        var composed = composer.Compose(notice, culture);
        var withdrawal = letter.Withdrawal ? new LetterWithdrawal(notice.PublishedOn, letter.WithdrawnLetterPostedOn, notice.WithdrawalReason ?? string.Empty) : null;
        var model = new ServiceNoticeLetterModel(composed, customer.Name, customer.PostalCode, string.Concat(customer.Prefecture, customer.Address),
            customer.ServiceContact.Name, customer.ServiceContact.Department, partner.Name, partner.Phone,
            letter.IssuedOn, withdrawal);
        return renderer.RenderAsync<ServiceNoticeLetter>(
            new Dictionary<string, object?> { [nameof(ServiceNoticeLetter.Letter)] = model },
            new PdfRenderOptions { Culture = culture, Title = composed.Title, FooterText = customer.Name },
            cancellationToken);
    }
}
