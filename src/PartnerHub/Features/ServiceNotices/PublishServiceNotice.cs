using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>What publishing did: the notice, or why it was refused.</summary>
public sealed record PublishOutcome(Guid? NoticeId, NoticeRefusal? Refusal, bool NotAllowed = false)
{
    public static PublishOutcome Forbidden { get; } = new(null, null, NotAllowed: true);
}

/// <summary>
/// Publishes a notice: resolves the targeting to customers, checks the content and every targeted plan's lead time
/// (<see cref="ServiceNotice.Publish"/>), and in one transaction posts it on each concerned partner's board, queues an
/// e-mail to each partner's active staff and to each customer's notification addresses (each in the recipient's
/// language, through the outbox), and records a letter to post for each customer with a postal address. A posting is
/// delivered when posted, an e-mail when sent, a letter once its posting day is recorded (<see cref="RecordLetterPosting"/>;
/// 001 §21; 003 §10-2). Either everything is recorded or nothing is.
/// </summary>
public sealed class PublishServiceNotice(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, NoticeComposer composer, TimeProvider clock)
{
    /// <summary>The outbox topic; the notice id follows.</summary>
    public const string Topic = "service-notice";

    public async Task<PublishOutcome> ExecuteAsync(NoticeContent content, NoticeTargeting targeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(targeting);
        if (!ServiceNoticesPermissions.MayPublish(currentUser))
        {
            return PublishOutcome.Forbidden;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await PublishAsync(db, composer, content, targeting, clock.GetUtcNow(), currentUser.Name, cancellationToken);
    }

    /// <summary>Publishes in <paramref name="db"/>, a vendor-scoped context (the use case above; the demo seed).</summary>
    internal static async Task<PublishOutcome> PublishAsync(HubDbContext db, NoticeComposer composer, NoticeContent content, NoticeTargeting targeting,
        DateTimeOffset now, string publishedBy, CancellationToken cancellationToken, Action<HubDbContext>? beforeSave = null)
    {
        var targets = targeting.IsComplete ? await NoticeTargets.Customers(db, targeting).ToListAsync(cancellationToken) : [];
        var plans = targeting.IsComplete ? await NoticeTargets.Contracts(db, targeting).Select(c => c.PlanCode).Distinct().ToListAsync(cancellationToken) : [];
        var today = JapaneseFormat.TokyoDate(now);
        var byPartner = targets.GroupBy(t => (t.PartnerId, t.PartnerName)).ToList();
        var (notice, refusal) = ServiceNotice.Publish(Guid.NewGuid(), content, targeting, plans, targets.Count, byPartner.Count, now, today, publishedBy);
        if (notice is null)
        {
            return new PublishOutcome(null, refusal);
        }

        db.ServiceNotices.Add(notice);
        var customerIds = targets.Select(t => t.CustomerId).ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var contracts = (await NoticeTargets.Contracts(db, targeting).Select(c => new { c.CustomerId, c.PlanCode, c.PolicySettings }).ToListAsync(cancellationToken))
            .GroupBy(c => c.CustomerId).ToDictionary(g => g.Key, g => g.ToList());
        var planByCustomer = contracts.ToDictionary(g => g.Key, g => string.Join(",", g.Value.Select(c => c.PlanCode).Distinct().Order(StringComparer.Ordinal)));
        var letterRuleByCustomer = contracts.ToDictionary(g => g.Key, g => DeemedDelivery.LetterRuleOf(
            g.Value.Select(c => PlanPolicyVersions.TryKept(c.PlanCode, c.PolicySettings, out var policy) ? policy : null)));
        var deliveries = new NoticeDeliveries(db, notice, composer, now);
        foreach (var partner in byPartner)
        {
            db.ServiceNoticePartners.Add(new ServiceNoticePartner(Guid.NewGuid(), notice.Id, partner.Key.PartnerId, partner.Key.PartnerName, partner.Count()));
            deliveries.Board(partner.Key.PartnerId, partner.Key.PartnerName);
            var staff = await NoticeRecipients.OfOrganisationAsync(db, partner.Key.PartnerId, now, cancellationToken);
            var names = NoticeDeliveries.CustomerNames(partner.Select(t => t.CustomerName));
            foreach (var user in staff)
            {
                deliveries.Email(partner.Key.PartnerId, null, DeliveryAudience.Partner, user.Email, user.Culture, null, names);
            }

            foreach (var target in partner)
            {
                var customer = customers[target.CustomerId];
                db.ServiceNoticeRecipients.Add(new ServiceNoticeRecipient(Guid.NewGuid(), notice.Id, target.PartnerId, target.CustomerId, target.CustomerName,
                    planByCustomer.GetValueOrDefault(target.CustomerId, string.Empty)));
                foreach (var address in NotificationAddresses(customer))
                {
                    deliveries.Email(target.PartnerId, customer.Id, DeliveryAudience.Customer, address, customer.NotificationLanguage, customer.Name, null);
                }

                if (!string.IsNullOrWhiteSpace(customer.Address))
                {
                    // To print and post; its deemed delivery follows from the posting day operations record (001 §21-3) and, if it
                    // comes back, from the rule of the customer's contracts (001 §21-3 or 003 §10-2).
                    deliveries.Letter(target.PartnerId, customer, letterRuleByCustomer.GetValueOrDefault(target.CustomerId, LetterDeliveryRule.ReachesAddress));
                }
            }
        }

        beforeSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        return new PublishOutcome(notice.Id, null);
    }

    /// <summary>The customer's notification addresses as typed on its record (comma, semicolon, space or line separated).</summary>
    public static IReadOnlyList<string> NotificationAddresses(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return [.. (customer.NotificationEmails ?? string.Empty)
            .Split([',', ';', ' ', '\n', '\r', '\t', '、', '，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(a => a.Contains('@', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    internal static CultureInfo Culture(string? name) =>
        HubCultures.Supported.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) ?? HubCultures.Supported[0];
}
