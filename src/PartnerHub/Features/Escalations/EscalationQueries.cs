using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Features.Devices;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Escalations;

/// <summary>The queue's filters, as they travel in its URL; open cases only unless open=false.</summary>
public sealed record CaseQueueFilter(
    SupportCaseStatus? Status = null, Guid? PartnerId = null, ThreatClass? ThreatClass = null, bool AssignedToMe = false, bool BreachedOnly = false, bool OpenOnly = true)
{
    public static CaseQueueFilter FromUrl(string? status, string? partner, string? threatClass, string? mine, string? breached, string? open) =>
        new(QueryValue.Enum<SupportCaseStatus>(status), QueryValue.Id(partner), QueryValue.Enum<ThreatClass>(threatClass), QueryValue.Flag(mine), QueryValue.Flag(breached),
            !string.Equals(open, "false", StringComparison.OrdinalIgnoreCase));
}

public sealed record CaseQueueQuery(
    SupportCaseStatus? Status, Guid? PartnerId, ThreatClass? ThreatClass, bool AssignedToMe, bool BreachedOnly, bool OpenOnly, int Page, int PageSize);

public sealed record CaseListItem(
    Guid Id, string Number, string Subject, string PartnerName, string CustomerName, SupportCaseStatus Status, ThreatClass? ThreatClass,
    DateTimeOffset OpenedAt, DateTimeOffset? EscalatedAt, string? AssignedTo, bool CallerFlagged, FirstAnswerSla? Sla);

/// <summary>An attachment as the viewer may see it: <see cref="CanDownload"/> combines TLP export rights and the scan.</summary>
public sealed record VisibleAttachment(CaseAttachment Attachment, bool CanDownload);

/// <summary>
/// A case as one viewer may see it. Built only by <see cref="EscalationQueries"/>, which drops every note, attachment,
/// report and history entry the viewer's <see cref="TlpAudience"/> may not see: pages never filter.
/// </summary>
public sealed record CaseView(
    Guid Id,
    string Number,
    string Subject,
    SupportCaseStatus Status,
    Guid PartnerId,
    string PartnerName,
    Guid CustomerId,
    string CustomerName,
    ServiceContact? RegisteredContact,
    ThreatClass? ThreatClass,
    string? ApplianceSerial,
    string? AlertEventId,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    CallerVerification Caller,
    bool CallerFlagged,
    bool CanProceed,
    string? PartnerAnswer,
    DateTimeOffset? EscalatedAt,
    string? AssignedTo,
    DateTimeOffset? FirstAnsweredAt,
    AnswerChannel? FirstAnswerChannel,
    DateTimeOffset? ClosedAt,
    bool IsAtDesk,
    HearingSheetTemplate? Template,
    IReadOnlyList<HearingAnswer> HearingAnswers,
    TlpMarking HearingSheetMarking,
    bool HearingSheetExportable,
    IReadOnlyList<CaseNote> Notes,
    IReadOnlyList<VisibleAttachment> Attachments,
    IReadOnlyList<CustomerRequest> CustomerRequests,
    IReadOnlyList<CaseReport> Reports,
    IReadOnlyList<SupportCaseEvent> History,
    OpeningSnapshot? Snapshot,
    FirstAnswerSla? Sla,
    TlpAudience Audience)
{
    public bool HasHearingSheet => HearingAnswers.Count > 0;

    public string? Answer(string key) => HearingAnswers.FirstOrDefault(a => string.Equals(a.QuestionKey, key, StringComparison.Ordinal))?.Value;
}

public sealed record CustomerOption(Guid Id, string Name, ServiceContact Contact);

/// <summary>What the new-inquiry form starts with when opened from an alert or an appliance.</summary>
public sealed record InquiryPrefill(Guid? CustomerId, string? ApplianceSerial, ThreatClass? ThreatClass, string? AlertEventId, string? Subject);

public sealed record DashboardFigures(
    int Open, int Breached, int Unassigned, IReadOnlyList<(string Bucket, int Count)> ByAge, IReadOnlyDictionary<ThreatClass, int> ByThreatClass,
    IReadOnlyList<CaseListItem> Breaches);

public sealed record DownloadableAttachment(string FileName, string StorageKey, long SizeBytes);

/// <summary>Read side of escalations. Tenant filters scope the cases; TLP rules scope what is in them.</summary>
public sealed class EscalationQueries(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, BusinessCalendarDirectory calendars)
{
    /// <summary>Cases read per round where the SLA must be evaluated in memory (business-calendar arithmetic): every case, never all at once.</summary>
    private const int ChunkSize = 500;

    public TlpAudience Audience => EscalationsPermissions.AudienceOf(currentUser);

    public async Task<PagedResult<CaseListItem>> ListAsync(CaseQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var cases = db.SupportCases.AsNoTracking();
        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }
        else if (query.OpenOnly)
        {
            cases = cases.Where(c => c.Status != SupportCaseStatus.Closed && c.Status != SupportCaseStatus.AnsweredByPartner);
        }

        if (query.PartnerId is { } partnerId)
        {
            cases = cases.Where(c => c.PartnerId == partnerId);
        }

        if (query.ThreatClass is { } threatClass)
        {
            cases = cases.Where(c => c.ThreatClass == threatClass);
        }

        if (query.AssignedToMe)
        {
            var me = currentUser.Name;
            cases = cases.Where(c => c.AssignedTo == me);
        }

        var now = clock.GetUtcNow();
        if (query.BreachedOnly)
        {
            // The due time is business-calendar arithmetic, done when the case changed (SupportCase.StampFirstAnswerDue).
            cases = cases.Where(SupportCase.BreachedAt(now));
        }

        var sla = await calendars.DeskSlaClockAsync(cancellationToken);
        var ordered = cases.OrderByDescending(c => c.OpenedAt);

        int total = await cases.CountAsync(cancellationToken);
        var page = await ordered.Skip(query.Page * query.PageSize).Take(query.PageSize).WithHistory().ToListAsync(cancellationToken);
        return new PagedResult<CaseListItem>(await ItemsAsync(db, page, sla, now, cancellationToken), total);
    }

    public async Task<CaseView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var c = await db.SupportCases.AsNoTracking().WithEverything()
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null)
        {
            return null;
        }

        var audience = Audience;
        var customer = await db.Customers.AsNoTracking().Where(x => x.Id == c.CustomerId).Select(x => new { x.Name, x.ServiceContact }).SingleAsync(cancellationToken);
        var partnerName = await db.Organisations.AsNoTracking().Where(o => o.Id == c.PartnerId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        var template = c.HearingTemplateId is { } templateId
            ? await db.HearingSheetTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken)
            : await HearingTemplatesSeed.CurrentAsync(db, cancellationToken);

        var notes = c.VisibleNotes(audience);
        var attachments = c.VisibleAttachments(audience);
        bool sheetVisible = c.IsHearingSheetVisibleTo(audience);
        // History entries that point at an item the viewer may not see (a desk-only note or file) are left out too.
        var hidden = c.Notes.Select(n => n.Id.ToString()).Except(notes.Select(n => n.Id.ToString()), StringComparer.Ordinal)
            .Concat(c.Attachments.Select(a => a.Id.ToString()).Except(attachments.Select(a => a.Id.ToString()), StringComparer.Ordinal))
            .ToList();
        var history = c.Events
            .Where(e => e.Detail is null || !hidden.Any(h => e.Detail.StartsWith(h, StringComparison.Ordinal)))
            .ToList();

        return new CaseView(
            c.Id, c.Number, c.Subject, c.Status, c.PartnerId, partnerName, c.CustomerId, customer.Name,
            audience == TlpAudience.OwningPartner || audience == TlpAudience.SecondLineDesk ? customer.ServiceContact : null,
            c.ThreatClass, c.ApplianceSerial, c.AlertEventId?.ToString("N"), c.OpenedAt, c.OpenedBy, c.Caller, c.IsCallerFlagged, c.CanProceed,
            c.PartnerAnswer, c.EscalatedAt, c.AssignedTo, c.FirstAnsweredAt, c.FirstAnswerChannel, c.ClosedAt, c.IsAtDesk,
            template, sheetVisible ? c.HearingAnswers : [], c.HearingSheetMarking,
            sheetVisible && TlpPolicy.Allows(TlpAction.Export, c.HearingSheetMarking, NoteVisibility.SharedWithPartner, TlpAudience.OwningPartner, audience),
            notes,
            [.. attachments.Select(a => new VisibleAttachment(a, a.IsDownloadable && TlpPolicy.Allows(TlpAction.Export, a.Marking, a.Visibility, a.Side.Audience(), audience)))],
            c.CustomerRequests,
            c.VisibleReports(audience),
            history,
            OpeningSnapshot.Parse(c.OpeningSnapshot),
            c.EvaluateSla(await calendars.DeskSlaClockAsync(cancellationToken), clock.GetUtcNow()),
            audience);
    }

    /// <summary>The attachment's file when the viewer may export it and the scan found it clean; otherwise null.</summary>
    public async Task<DownloadableAttachment?> FindDownloadAsync(Guid caseId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var attachment = await db.SupportCaseAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, cancellationToken);
        var audience = Audience;
        if (attachment is null || !attachment.IsDownloadable
            || !TlpPolicy.Allows(TlpAction.Export, attachment.Marking, attachment.Visibility, attachment.Side.Audience(), audience))
        {
            return null;
        }

        return new DownloadableAttachment(attachment.FileName, attachment.StorageKey, attachment.SizeBytes);
    }

    public async Task<HearingSheetTemplate?> CurrentTemplateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await HearingTemplatesSeed.CurrentAsync(db, cancellationToken);
    }

    /// <summary>A customer the user may see, with the registered service contact the caller is checked against.</summary>
    public async Task<CustomerOption?> CustomerAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Customers.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Name, c.ServiceContact }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new CustomerOption(row.Id, row.Name, row.ServiceContact);
    }

    /// <summary>The form's starting values from an alert (event id) or an appliance the user sees; empty when neither is visible.</summary>
    public async Task<InquiryPrefill> PrefillAsync(string? alertEventId, Guid? applianceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(alertEventId))
        {
            var alert = await db.SensorEvents.AsNoTracking().Where(e => e.EventId == alertEventId && e.Kind == TelemetryKind.Alert)
                .Select(e => new { e.EventId, e.CustomerId, e.ApplianceSerial, e.ThreatClass, e.Signature })
                .FirstOrDefaultAsync(cancellationToken);
            if (alert is not null)
            {
                return new InquiryPrefill(alert.CustomerId, alert.ApplianceSerial, alert.ThreatClass, alert.EventId, alert.Signature);
            }
        }

        if (applianceId is { } id)
        {
            var health = await db.DeviceHealths.AsNoTracking().Where(h => h.ApplianceId == id).Select(h => new { h.SerialNumber, h.CustomerId })
                .FirstOrDefaultAsync(cancellationToken);
            if (health is not null)
            {
                return new InquiryPrefill(health.CustomerId, health.SerialNumber, null, null, null);
            }
        }

        return new InquiryPrefill(null, null, null, null, null);
    }

    /// <summary>Users who work the desk, for assignment.</summary>
    public async Task<IReadOnlyList<string>> DeskUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var names = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where r.Name == HubRoles.SecondLineDesk
                           orderby u.UserName
                           select u.UserName).ToListAsync(cancellationToken);
        return [.. names.OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    public async Task<DashboardFigures> DashboardAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var sla = await calendars.DeskSlaClockAsync(cancellationToken);
        var items = new List<CaseListItem>();
        var open = db.SupportCases.AsNoTracking().Where(c => c.EscalatedAt != null && c.Status != SupportCaseStatus.Closed).OrderBy(c => c.OpenedAt).ThenBy(c => c.Id);
        await foreach (var chunk in InChunksAsync(open, cancellationToken))
        {
            items.AddRange(await ItemsAsync(db, chunk, sla, now, cancellationToken));
        }

        string Bucket(CaseListItem item)
        {
            var days = sla.Calendar.CountBusinessDays(Domain.Calendars.BusinessCalendar.TokyoDate(item.EscalatedAt!.Value), Domain.Calendars.BusinessCalendar.TokyoDate(now)) - 1;
            return days <= 0 ? "0" : days == 1 ? "1" : days <= 4 ? "2-4" : "5+";
        }

        string[] buckets = ["0", "1", "2-4", "5+"];
        var byAge = buckets.Select(b => (b, items.Count(i => Bucket(i) == b))).ToList();
        var byThreat = Enum.GetValues<ThreatClass>().ToDictionary(t => t, t => items.Count(i => (i.ThreatClass ?? ThreatClass.Unclassified) == t));
        var breaches = items.Where(i => i.Sla?.State == SlaState.Breached).OrderBy(i => i.Sla!.Due).ToList();
        return new DashboardFigures(items.Count, breaches.Count, items.Count(i => i.AssignedTo is null), byAge, byThreat, breaches);
    }

    /// <summary>The monthly figures of the export over every escalated case the user sees.</summary>
    public async Task<EscalationStatisticsReport> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var sla = await calendars.DeskSlaClockAsync(cancellationToken);
        var cases = await db.SupportCases.AsNoTracking().Where(c => c.EscalatedAt != null).WithHistory().ToListAsync(cancellationToken);
        var partners = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var facts = cases.Select(c => EscalationCaseFacts.From(c, partners.GetValueOrDefault(c.PartnerId) ?? string.Empty, sla, now)).OfType<EscalationCaseFacts>();
        return EscalationStatistics.Compute(facts);
    }

    private static async IAsyncEnumerable<IReadOnlyList<SupportCase>> InChunksAsync(
        IOrderedQueryable<SupportCase> ordered, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int skip = 0; ; skip += ChunkSize)
        {
            var chunk = await ordered.Skip(skip).Take(ChunkSize).WithHistory().ToListAsync(cancellationToken);
            if (chunk.Count > 0)
            {
                yield return chunk;
            }

            if (chunk.Count < ChunkSize)
            {
                yield break;
            }
        }
    }

    private static async Task<IReadOnlyList<CaseListItem>> ItemsAsync(HubDbContext db, IReadOnlyList<SupportCase> cases, SlaClock sla, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var customerIds = cases.Select(c => c.CustomerId).Distinct().ToList();
        var partnerIds = cases.Select(c => c.PartnerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var partners = await db.Organisations.AsNoTracking().Where(o => partnerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. cases.Select(c => new CaseListItem(c.Id, c.Number, c.Subject, partners.GetValueOrDefault(c.PartnerId) ?? string.Empty,
            customers.GetValueOrDefault(c.CustomerId) ?? string.Empty, c.Status, c.ThreatClass, c.OpenedAt, c.EscalatedAt, c.AssignedTo, c.IsCallerFlagged,
            c.EvaluateSla(sla, now)))];
    }
}
