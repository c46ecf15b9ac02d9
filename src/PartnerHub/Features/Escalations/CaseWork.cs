using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// Every change to an open case after it was opened, first line and second line. Each method checks the role, loads the
/// case through the tenant-scoped context (another partner's case is <see cref="CaseProblem.NotFound"/>), lets the
/// aggregate decide, and saves.
/// </summary>
public sealed class CaseWork(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, EscalationNotice escalationNotice, PartnerCaseNotice partnerNotice,
    BusinessCalendarDirectory calendars)
{
    /// <summary>Fills or refills the hearing sheet against the newest template (first line, or the desk after its own interview).</summary>
    public async Task<CaseResult> FillHearingSheetAsync(Guid caseId, IReadOnlyDictionary<string, string?> answers, TlpMarking marking,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!currentUser.IsInAnyRole(EscalationsPermissions.FirstLineRoles + "," + EscalationsPermissions.DeskRoles))
        {
            return CaseResult.Fail(CaseProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var supportCase = await LoadAsync(db, caseId, cancellationToken);
        if (supportCase is null)
        {
            return CaseResult.Fail(CaseProblem.NotFound);
        }

        var template = supportCase.HearingTemplateId is { } used
            ? await db.HearingSheetTemplates.SingleAsync(t => t.Id == used, cancellationToken)
            : await HearingTemplatesSeed.CurrentAsync(db, cancellationToken);
        if (template is null)
        {
            return CaseResult.Fail(CaseProblem.NotFound);
        }

        int before = supportCase.Events.Count;
        var errors = supportCase.FillHearingSheet(template, answers, marking, clock.GetUtcNow(), currentUser.Name);
        if (errors.Count > 0)
        {
            return new CaseResult(null, CaseProblem.SheetInvalid, errors);
        }

        return supportCase.Events.Count == before ? CaseResult.Fail(CaseProblem.WrongStatus) : await SaveAsync(db, supportCase, cancellationToken);
    }

    /// <summary>The first line answered by phone and closes the case there.</summary>
    public Task<CaseResult> AnswerByPhoneAsync(Guid caseId, string answer, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.FirstLineRoles, (c, at, by) =>
            !c.CanProceed ? CaseProblem.CallerMayNotProceed
            : string.IsNullOrWhiteSpace(answer) ? CaseProblem.Invalid
            : c.AnswerByPhone(answer.Trim(), at, by) ? null : CaseProblem.WrongStatus, cancellationToken);

    /// <summary>Escalates to the desk with the hearing sheet; the SLA clock starts.</summary>
    public Task<CaseResult> EscalateAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.FirstLineRoles, (c, at, by) =>
            !c.CanProceed ? CaseProblem.CallerMayNotProceed
            : !c.HasHearingSheet ? CaseProblem.SheetMissing
            : c.Escalate(at, by) ? null : CaseProblem.WrongStatus, cancellationToken,
            // The desk learns of it in the same transaction: an escalation nobody hears of misses its SLA.
            alsoSave: escalationNotice.Queue);

    /// <summary>A note by the partner (always shared with the desk).</summary>
    public Task<CaseResult> AddPartnerNoteAsync(Guid caseId, string text, TlpMarking marking, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.FirstLineRoles, (c, at, by) =>
            string.IsNullOrWhiteSpace(text) ? CaseProblem.Invalid : c.AddPartnerNote(text.Trim(), marking, at, by) is null ? CaseProblem.WrongStatus : null,
            cancellationToken);

    /// <summary>Closes the case (first line: a withdrawn inquiry or a refused caller; desk: after reporting, or with a reason).</summary>
    public Task<CaseResult> CloseAsync(Guid caseId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.FirstLineRoles + "," + EscalationsPermissions.DeskRoles, (c, at, by) =>
        {
            // The first line closes only what it still has; once escalated the desk closes.
            if (c.IsAtDesk && !currentUser.IsInAnyRole(EscalationsPermissions.DeskRoles))
            {
                return CaseProblem.NotAllowed;
            }

            if (c.Status != SupportCaseStatus.Reported && string.IsNullOrWhiteSpace(reason))
            {
                return CaseProblem.Invalid;
            }

            return c.Close(at, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()) ? null : CaseProblem.WrongStatus;
        }, cancellationToken);

    /// <summary>Puts a desk user in charge (the signed-in one when <paramref name="deskUser"/> is null); starts work on a new escalation.</summary>
    public Task<CaseResult> AssignAsync(Guid caseId, string? deskUser, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.DeskRoles, (c, at, by) =>
        {
            var assignee = string.IsNullOrWhiteSpace(deskUser) ? by : deskUser.Trim();
            if (!c.Assign(assignee, at, by))
            {
                return CaseProblem.WrongStatus;
            }

            if (c.Status == SupportCaseStatus.Escalated)
            {
                c.StartWork(at, by);
            }

            return null;
        }, cancellationToken);

    /// <summary>The desk starts, waits for the customer (pausing the clock) or the partner, or resumes.</summary>
    public Task<CaseResult> MoveAsync(Guid caseId, SupportCaseStatus next, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.DeskRoles, (c, at, by) =>
        {
            bool needsReason = next is SupportCaseStatus.WaitingForCustomer or SupportCaseStatus.WaitingForPartner;
            if (needsReason && string.IsNullOrWhiteSpace(reason))
            {
                return CaseProblem.Invalid;
            }

            bool moved = next switch
            {
                SupportCaseStatus.InProgress when c.Status == SupportCaseStatus.Escalated => c.StartWork(at, by),
                SupportCaseStatus.InProgress => c.Resume(at, by),
                SupportCaseStatus.WaitingForCustomer => c.WaitForCustomer(reason!.Trim(), at, by),
                SupportCaseStatus.WaitingForPartner => c.WaitForPartner(reason!.Trim(), at, by),
                _ => false,
            };
            return moved ? null : CaseProblem.WrongStatus;
        }, cancellationToken,
        alsoSave: next == SupportCaseStatus.WaitingForPartner ? partnerNotice.For(PartnerCaseNotice.Reason.WaitingForPartner) : null);

    /// <summary>A desk note, desk-only or shared with the partner.</summary>
    public Task<CaseResult> AddDeskNoteAsync(Guid caseId, string text, NoteVisibility visibility, TlpMarking marking, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.DeskRoles, (c, at, by) =>
            string.IsNullOrWhiteSpace(text) ? CaseProblem.Invalid : c.AddDeskNote(text.Trim(), visibility, marking, at, by) is null ? CaseProblem.WrongStatus : null,
            cancellationToken);

    /// <summary>
    /// Changes a note's or attachment's TLP marking: stricter for anyone who sees it, wider for its originator or with a reason
    /// (recorded in the case history for the originator).
    /// </summary>
    public Task<CaseResult> ChangeMarkingAsync(Guid caseId, Guid itemId, TlpMarking marking, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.ViewRoles, (c, at, by) => c.ChangeMarking(itemId, marking, EscalationsPermissions.AudienceOf(currentUser), at, by, reason) switch
        {
            null => null,
            MarkingRefusal.NotFound => CaseProblem.NotFound,
            MarkingRefusal.ReasonRequired => CaseProblem.ReasonRequired,
            MarkingRefusal.Unchanged => CaseProblem.Invalid,
            _ => CaseProblem.WrongStatus,
        }, cancellationToken);

    /// <summary>Asks the customer for configuration details or logs; with <paramref name="waitForCustomer"/> the clock pauses too.</summary>
    public Task<CaseResult> RequestFromCustomerAsync(Guid caseId, CustomerRequestKind kind, string description, bool waitForCustomer,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.DeskRoles, (c, at, by) =>
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                return CaseProblem.Invalid;
            }

            if (c.RequestFromCustomer(kind, description.Trim(), at, by) is null)
            {
                return CaseProblem.WrongStatus;
            }

            if (waitForCustomer && c.Status != SupportCaseStatus.WaitingForCustomer)
            {
                c.WaitForCustomer(description.Trim(), at, by);
            }

            return null;
        }, cancellationToken);

    /// <summary>Marks a request to the customer fulfilled (the desk received it).</summary>
    public Task<CaseResult> FulfilCustomerRequestAsync(Guid caseId, Guid requestId, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.DeskRoles, (c, at, by) => c.FulfilCustomerRequest(requestId, at, by) ? null : CaseProblem.WrongStatus,
            cancellationToken);

    /// <summary>Records the desk's first answer to the customer.</summary>
    public Task<CaseResult> RecordFirstAnswerAsync(Guid caseId, AnswerChannel channel, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.DeskRoles, (c, at, by) => c.RecordFirstAnswer(at, channel, by) ? null : CaseProblem.WrongStatus,
            cancellationToken);

    /// <summary>Reports to the customer (別紙3 §1-3-④〜⑥); the report must be complete and AMBER or wider.</summary>
    public Task<CaseResult> ReportAsync(Guid caseId, IncidentReport report, TlpMarking marking, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseId, EscalationsPermissions.DeskRoles, (c, at, by) =>
        {
            ArgumentNullException.ThrowIfNull(report);
            if (!report.IsComplete)
            {
                return CaseProblem.ReportIncomplete;
            }

            if (!TlpPolicy.Allows(TlpAction.View, marking, NoteVisibility.SharedWithPartner, TlpAudience.SecondLineDesk, TlpAudience.Customer))
            {
                return CaseProblem.MarkingTooNarrow;
            }

            return c.Report(report, marking, at, by) ? null : CaseProblem.WrongStatus;
        }, cancellationToken, alsoSave: partnerNotice.For(PartnerCaseNotice.Reason.Reported));

    internal static Task<SupportCase?> LoadAsync(HubDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.SupportCases.WithEverything().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    internal static async Task<CaseResult> SaveAsync(HubDbContext db, SupportCase supportCase, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CaseResult(supportCase.Id, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseResult.Fail(CaseProblem.Conflict);
        }
    }

    private async Task<CaseResult> ChangeAsync(Guid caseId, string roles, Func<SupportCase, DateTimeOffset, string, CaseProblem?> change,
        CancellationToken cancellationToken, Func<HubDbContext, SupportCase, DateTimeOffset, Task>? alsoSave = null)
    {
        if (!currentUser.IsInAnyRole(roles))
        {
            return CaseResult.Fail(CaseProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var supportCase = await LoadAsync(db, caseId, cancellationToken);
        if (supportCase is null)
        {
            return CaseResult.Fail(CaseProblem.NotFound);
        }

        var now = clock.GetUtcNow();
        if (change(supportCase, now, currentUser.Name) is { } problem)
        {
            return CaseResult.Fail(problem);
        }

        supportCase.StampFirstAnswerDue(await calendars.DeskSlaClockAsync(cancellationToken));
        if (alsoSave is not null)
        {
            await alsoSave(db, supportCase, now);
        }

        return await SaveAsync(db, supportCase, cancellationToken);
    }
}
