using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>What recording did: how many letters, or why nothing was recorded.</summary>
public sealed record LetterRecordOutcome(int Recorded, LetterRecordError? Error = null, bool NotAllowed = false)
{
    public static LetterRecordOutcome Forbidden { get; } = new(0, NotAllowed: true);
}

/// <summary>
/// Vendor operations record the day a notice's letters were posted (the chosen ones, or all not yet posted), which fixes each letter's deemed delivery on the day
/// it normally reaches the address (001 §21-3; 003 §10-2; <see cref="ServiceNoticeDelivery.RecordLetterPosted"/>), and the
/// day a letter came back undelivered.
/// </summary>
public sealed class RecordLetterPosting(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, IOptionsMonitor<ServiceNoticesOptions> options, TimeProvider clock,
    IBusinessCalendarSource calendars)
{
    /// <summary>
    /// Records <paramref name="postedOn"/> for the letters <paramref name="deliveryIds"/> of the notice, or for every letter not
    /// yet posted when null (the shortcut); all or none. Letters posted on different days each get their own deemed delivery.
    /// Once the notice is withdrawn or corrected its letters are refused (not to be posted); a withdrawn notice's withdrawal letters
    /// are posted like any letter, from the withdrawal day (ADR-006).
    /// </summary>
    public async Task<LetterRecordOutcome> PostedAsync(Guid noticeId, DateOnly postedOn, IReadOnlyCollection<Guid>? deliveryIds = null,
        CancellationToken cancellationToken = default)
    {
        if (!MayRecord)
        {
            return LetterRecordOutcome.Forbidden;
        }

        if (deliveryIds is { Count: 0 })
        {
            return new LetterRecordOutcome(0, LetterRecordError.NoneChosen);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notice = await db.ServiceNotices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null)
        {
            return new LetterRecordOutcome(0, LetterRecordError.NotALetter);
        }

        // The shortcut takes the letters the notice's standing lets post: its own while in force, its withdrawal letters once
        // withdrawn; a corrected notice's letters are refused below.
        var withdrawn = notice.Standing == NoticeStanding.Withdrawn;
        var letters = await (deliveryIds is null
                ? db.ServiceNoticeDeliveries.Where(d => d.NoticeId == noticeId && d.Channel == NoticeChannel.Letter && d.LetterPostedOn == null
                    && d.Withdrawal == withdrawn)
                : db.ServiceNoticeDeliveries.Where(d => d.NoticeId == noticeId && deliveryIds.Contains(d.Id)))
            .ToListAsync(cancellationToken);
        if (deliveryIds is not null && letters.Count != deliveryIds.Distinct().Count())
        {
            return new LetterRecordOutcome(0, LetterRecordError.NotALetter);
        }

        var today = Today;
        var calendar = (await calendars.CurrentAsync(cancellationToken)).Adjusted(BusinessCalendars.SensorServiceDesk);
        foreach (var letter in letters)
        {
            if (((letter.Channel == NoticeChannel.Letter ? notice.LetterPostingRefusal(letter) : null)
                    ?? letter.RecordLetterPosted(postedOn, notice.LetterIssuedOn(letter), today, options.CurrentValue.LetterTransitBusinessDays, calendar,
                        currentUser.Name)) is { } error)
            {
                return new LetterRecordOutcome(0, error);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new LetterRecordOutcome(letters.Count);
    }

    /// <summary>Records that one posted letter of the notice came back undelivered on <paramref name="returnedOn"/>.</summary>
    public async Task<LetterRecordOutcome> ReturnedAsync(Guid noticeId, Guid deliveryId, DateOnly returnedOn, CancellationToken cancellationToken = default)
    {
        if (!MayRecord)
        {
            return LetterRecordOutcome.Forbidden;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var letter = await db.ServiceNoticeDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.NoticeId == noticeId, cancellationToken);
        if (letter is null)
        {
            return new LetterRecordOutcome(0, LetterRecordError.NotALetter);
        }

        if (letter.RecordLetterReturned(returnedOn, Today, currentUser.Name) is { } error)
        {
            return new LetterRecordOutcome(0, error);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new LetterRecordOutcome(1);
    }

    private bool MayRecord => ServiceNoticesPermissions.MayPublish(currentUser);

    private DateOnly Today => JapaneseFormat.TokyoDate(clock.GetUtcNow());
}
