using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.ServiceNotices;

namespace PartnerHub.Features.Contracts.Ending;

/// <summary>
/// A published terms-change notice that concerns a contract (its customer is a recipient for the contract's plan), with the
/// cancellation window it opens for that contract (004 §21-2; 002 §12-5; ADR-005).
/// </summary>
public sealed record TermsChangeNoticeOption(Guid NoticeId, string TitleJa, string? TitleEn, TermsChangeBasis Basis, TermsChangeCancellationWindow Window)
{
    /// <summary>The title in <paramref name="language"/> ("ja" or "en").</summary>
    public string TitleIn(string language) => language == "en" && TitleEn is { } en ? en : TitleJa;
}

/// <summary>
/// The terms-change notices a contract may be cancelled under. Read through the caller's tenant-scoped context: a partner
/// sees only the notices posted on its board and only its own customers' recipient rows, so another partner's contract never
/// finds one.
/// </summary>
public sealed class TermsChangeNotices(IDbContextFactory<HubDbContext> contextFactory, IBusinessCalendarSource calendars)
{
    /// <summary>The notices targeting <paramref name="contract"/>, newest first; empty when it has no terms (not delivered).</summary>
    public async Task<IReadOnlyList<TermsChangeNoticeOption>> ForContractAsync(ServiceContract contract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ForContractAsync(db, contract, null, await calendars.CurrentAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The notices targeting <paramref name="contract"/> in <paramref name="db"/> (all, or only <paramref name="noticeId"/>).</summary>
    internal static async Task<IReadOnlyList<TermsChangeNoticeOption>> ForContractAsync(HubDbContext db, ServiceContract contract, Guid? noticeId, BusinessCalendarSet calendarSet,
        CancellationToken cancellationToken)
    {
        if (!contract.TryPolicy(out var policy))
        {
            return [];
        }

        var rows = await db.ServiceNotices.AsNoTracking()
            .Where(n => n.Type == ServiceNoticeType.TermsChange && (noticeId == null || n.Id == noticeId))
            .Join(db.ServiceNoticeRecipients.Where(r => r.CustomerId == contract.CustomerId), n => n.Id, r => r.NoticeId,
                (n, r) => new
                {
                    n.Id, n.TitleJa, n.TitleEn, NoticeDate = n.OriginalNoticeDate ?? n.PublishedOn, n.PublishedAt, n.EffectiveFrom, StoodUntil = n.WithdrawnOn ?? n.SupersededOn,
                    r.PlanCodes,
                })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => r.PlanCodes.Split(',', StringSplitOptions.TrimEntries).Contains(contract.PlanCode, StringComparer.Ordinal))
            .OrderByDescending(r => r.PublishedAt)
            // A withdrawn or corrected notice's window closes on that day (ADR-006).
            .Select(r => new TermsChangeNoticeOption(r.Id, r.TitleJa, r.TitleEn, new TermsChangeBasis(r.Id, r.NoticeDate, r.EffectiveFrom, r.StoodUntil),
                TermsChangeCancellationWindow.For(policy.On(calendarSet), r.NoticeDate, r.EffectiveFrom).ClosingAfter(r.StoodUntil)))];
    }
}
