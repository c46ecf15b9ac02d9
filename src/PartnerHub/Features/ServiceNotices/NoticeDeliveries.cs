using System.Globalization;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>
/// Records the deliveries of one notice in <paramref name="db"/>: a board posting, an outbox e-mail in the recipient's
/// language, a letter to post, or the withdrawal of the notice (board posting, e-mail or letter). Publishing, correcting and withdrawing share it, so every
/// channel carries the same composed notice; it composes once per language.
/// </summary>
internal sealed class NoticeDeliveries(HubDbContext db, ServiceNotice notice, NoticeComposer composer, DateTimeOffset now)
{
    private readonly Dictionary<string, ComposedNotice> _composed = [];

    /// <summary>The customers a partner's staff e-mail names: the first twenty, by name.</summary>
    public static string CustomerNames(IEnumerable<string> names)
    {
        var all = names.Order(StringComparer.Ordinal).ToList();
        return string.Join("、", all.Take(20)) + (all.Count > 20 ? " …" : string.Empty);
    }

    public void Board(Guid partnerId, string partnerName, bool withdrawal = false) =>
        db.ServiceNoticeDeliveries.Add(new ServiceNoticeDelivery(Guid.NewGuid(), notice.Id, partnerId, null, DeliveryAudience.Partner, NoticeChannel.Board,
            partnerName, HubCultures.Japanese, null, now, DeemedDelivery.Posting(now), withdrawal));

    public void Email(Guid partnerId, Guid? customerId, DeliveryAudience audience, string address, string? language, string? addressee, string? customerNames)
    {
        var culture = PublishServiceNotice.Culture(language);
        var composed = Composed(culture);
        Queue(partnerId, customerId, audience, address, culture, composed.Subject, composer.EmailBody(composed, addressee, customerNames, culture), false);
    }

    /// <summary>Tells a recipient the notice was sent to that it is withdrawn, in the language it was sent in.</summary>
    public void WithdrawalEmail(Guid partnerId, Guid? customerId, DeliveryAudience audience, string address, string? language, string? addressee)
    {
        var culture = PublishServiceNotice.Culture(language);
        var (subject, body) = composer.Withdrawal(notice, Composed(culture), addressee, culture);
        Queue(partnerId, customerId, audience, address, culture, subject, body, true);
    }

    /// <summary>A letter to <paramref name="customer"/>'s postal address, delivered as <paramref name="rule"/> says (its contracts' policies).</summary>
    public void Letter(Guid partnerId, Customer customer, LetterDeliveryRule rule) =>
        Letter(partnerId, customer.Id, string.Concat(JapaneseFormat.PostalCode(customer.PostalCode), " ", customer.Prefecture, customer.Address).Trim(),
            customer.NotificationLanguage, rule);

    public void Letter(Guid partnerId, Guid customerId, string postalAddress, string? language, LetterDeliveryRule rule) =>
        db.ServiceNoticeDeliveries.Add(new ServiceNoticeDelivery(Guid.NewGuid(), notice.Id, partnerId, customerId, DeliveryAudience.Customer, NoticeChannel.Letter,
            postalAddress, PublishServiceNotice.Culture(language).Name, null, now, null, letterDelivery: rule));

    /// <summary>A withdrawal letter to the address <paramref name="posted"/> (a letter of the notice already posted) went to.</summary>
    public void WithdrawalLetter(ServiceNoticeDelivery posted) =>
        db.ServiceNoticeDeliveries.Add(posted.WithdrawalLetter(Guid.NewGuid(), now)
            ?? throw new InvalidOperationException("Only a posted letter of the notice is followed by a withdrawal letter."));

    /// <summary>The withdrawal to tell by another method to whom <paramref name="other"/> (a delivery of the notice by another method) reached.</summary>
    public void WithdrawalByOtherMethod(ServiceNoticeDelivery other) =>
        db.ServiceNoticeDeliveries.Add(other.WithdrawalByOtherMethod(Guid.NewGuid(), now)
            ?? throw new InvalidOperationException("Only a delivery of the notice by another method is followed by a withdrawal by another method."));

    private void Queue(Guid partnerId, Guid? customerId, DeliveryAudience audience, string address, CultureInfo culture, string subject, string body, bool withdrawal)
    {
        var email = new OutboundEmail(Guid.NewGuid(), partnerId, address, subject, body,
            string.Create(CultureInfo.InvariantCulture, $"{PublishServiceNotice.Topic}:{notice.Id:N}"), now);
        db.OutboundEmails.Add(email);
        db.ServiceNoticeDeliveries.Add(new ServiceNoticeDelivery(Guid.NewGuid(), notice.Id, partnerId, customerId, audience, NoticeChannel.Email, address,
            culture.Name, email.Id, now, null, withdrawal));
    }

    private ComposedNotice Composed(CultureInfo culture)
    {
        if (!_composed.TryGetValue(culture.Name, out var composed))
        {
            composed = composer.Compose(notice, culture);
            _composed[culture.Name] = composed;
        }

        return composed;
    }
}
