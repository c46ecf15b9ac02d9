using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.Documents.Pdf;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>What the letter prints: the addressee, the partner as contact, and the notice composed in the customer's language.</summary>
public sealed record ServiceNoticeLetterModel(
    ComposedNotice Notice, string CustomerName, string? CustomerPostalCode, string? CustomerAddress, string ContactName, string? ContactDepartment,
    string PartnerName, string? PartnerPhone, DateOnly IssuedOn);

/// <summary>Prints a notice's letter to one customer, in the customer's notification language, through the shared composer.</summary>
public sealed class ServiceNoticeLetterPrinter(IPdfRenderer renderer, NoticeComposer composer)
{
    public Task<byte[]> RenderAsync(ServiceNotice notice, Customer customer, Organisation partner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(partner);
        var culture = PublishServiceNotice.Culture(customer.NotificationLanguage);
        var composed = composer.Compose(notice, culture);
        var letter = new ServiceNoticeLetterModel(composed, customer.Name, customer.PostalCode, string.Concat(customer.Prefecture, customer.Address),
            customer.ServiceContact.Name, customer.ServiceContact.Department, partner.Name, partner.Phone, notice.PublishedOn);
        return renderer.RenderAsync<ServiceNoticeLetter>(
            new Dictionary<string, object?> { [nameof(ServiceNoticeLetter.Letter)] = letter },
            new PdfRenderOptions { Culture = culture, Title = composed.Title, FooterText = customer.Name },
            cancellationToken);
    }
}
