using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Devices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Numbering;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// A customer's inquiry as the first line takes it: the customer, the caller as they identified themselves, and what it is
/// about (an alert, an appliance, or just a subject).
/// </summary>
public sealed record OpenInquiryRequest(
    Guid CustomerId,
    string Subject,
    string CallerName,
    string? CallerPhone,
    string? CallerEmail,
    VerificationMethod Method,
    string? VerificationNote = null,
    ThreatClass? ThreatClass = null,
    string? ApplianceSerial = null,
    string? AlertEventId = null);

/// <summary>
/// Opens a case at the first line (004 別紙3 §1-2, §2-3): checks the caller against the customer's one registered service
/// contact, keeps the caller policy in force, snapshots the appliance's health and alerts, and numbers the case
/// E-yyyyMMdd-NNN by the Tokyo day.
/// </summary>
public sealed class OpenInquiry(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, IOptions<EscalationsOptions> options)
{
    public async Task<CaseResult> HandleAsync(OpenInquiryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.IsInAnyRole(EscalationsPermissions.FirstLineRoles))
        {
            return CaseResult.Fail(CaseProblem.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(request.Subject) || string.IsNullOrWhiteSpace(request.CallerName) || request.Subject.Length > 200)
        {
            return CaseResult.Fail(CaseProblem.Invalid);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CustomerId, cancellationToken);
        if (customer is null)
        {
            return CaseResult.Fail(CaseProblem.NotFound);
        }

        var threatClass = request.ThreatClass;
        var serial = string.IsNullOrWhiteSpace(request.ApplianceSerial) ? null : request.ApplianceSerial.Trim();
        Guid? alertId = null;
        if (!string.IsNullOrWhiteSpace(request.AlertEventId))
        {
            // The alert must be one this user sees, and about this customer.
            var alert = await db.SensorEvents.AsNoTracking()
                .Where(e => e.EventId == request.AlertEventId && e.Kind == TelemetryKind.Alert)
                .Select(e => new { e.EventId, e.CustomerId, e.ApplianceSerial, e.ThreatClass })
                .FirstOrDefaultAsync(cancellationToken);
            if (alert is null || alert.CustomerId != customer.Id || !Guid.TryParseExact(alert.EventId, "N", out var parsed))
            {
                return CaseResult.Fail(CaseProblem.NotFound);
            }

            alertId = parsed;
            serial = alert.ApplianceSerial;
            threatClass ??= alert.ThreatClass;
        }
        else if (serial is not null
            && !await db.Appliances.AsNoTracking().AnyAsync(a => a.SerialNumber == serial, cancellationToken))
        {
            return CaseResult.Fail(CaseProblem.NotFound);
        }

        var now = clock.GetUtcNow();
        var by = currentUser.Name;
        var caller = CallerVerification.Check(customer.ServiceContact, request.CallerName.Trim(), request.CallerPhone?.Trim(), request.CallerEmail?.Trim(),
            request.Method, now, by, string.IsNullOrWhiteSpace(request.VerificationNote) ? null : request.VerificationNote.Trim());
        var snapshot = await OpeningSnapshot.CaptureAsync(db, serial, now, cancellationToken);

        var supportCase = await DailyNumbers.SaveWithNextNumberAsync(db, "E", JapaneseFormat.TokyoDate(now),
            prefix => db.SupportCases.IgnoreQueryFilters().CountAsync(c => c.Number.StartsWith(prefix), cancellationToken),
            number => db.SupportCases.Add(new SupportCase(Guid.NewGuid(), number, customer.PartnerId, customer.Id, request.Subject.Trim(), caller,
                options.Value.UnregisteredCallerPolicy, now, by, threatClass, serial, alertId, snapshot?.ToJson())).Entity,
            cancellationToken);
        return new CaseResult(supportCase.Id, null);
    }
}

public enum CaseProblem
{
    NotAllowed,
    NotFound,
    Invalid,
    CallerMayNotProceed,
    SheetMissing,
    SheetInvalid,
    WrongStatus,
    ReportIncomplete,
    MarkingTooNarrow,
    ReasonRequired,
    Attachment,
    Conflict,
}

public sealed record CaseResult(Guid? CaseId, CaseProblem? Problem, IReadOnlyList<HearingAnswerError>? SheetErrors = null, AttachmentProblem? AttachmentProblem = null)
{
    public bool Succeeded => Problem is null;

    public static CaseResult Fail(CaseProblem problem) => new(null, problem);
}
