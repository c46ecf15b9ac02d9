using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Escalations;

/// <summary>What happened to a case.</summary>
public enum SupportCaseEventKind
{
    /// <summary>The case was opened at the first line.</summary>
    Opened,

    /// <summary>The hearing sheet was filled or changed.</summary>
    HearingSheetFilled,

    /// <summary>The partner answered by phone and closed it at the first line.</summary>
    AnsweredByPartner,

    /// <summary>Escalated to the desk.</summary>
    Escalated,

    /// <summary>A desk user was assigned.</summary>
    Assigned,

    /// <summary>The desk started working it.</summary>
    WorkStarted,

    /// <summary>Now waiting for the customer (clock paused).</summary>
    WaitingForCustomer,

    /// <summary>Now waiting for the partner.</summary>
    WaitingForPartner,

    /// <summary>Work resumed after waiting or after a report.</summary>
    Resumed,

    /// <summary>The desk's first answer to the customer was recorded.</summary>
    FirstAnswer,

    /// <summary>A report was made to the customer.</summary>
    Reported,

    /// <summary>A note was added.</summary>
    NoteAdded,

    /// <summary>A file was attached.</summary>
    AttachmentAdded,

    /// <summary>An attachment's scan result arrived.</summary>
    AttachmentScanned,

    /// <summary>Something was requested from the customer.</summary>
    CustomerRequested,

    /// <summary>A request to the customer was fulfilled.</summary>
    CustomerRequestFulfilled,

    /// <summary>Closed.</summary>
    Closed,

    /// <summary>The TLP marking of a note or attachment was changed (detail: item id, old → new marking, reason).</summary>
    MarkingChanged,

    /// <summary>The customer's data (hearing answers, attachments) was erased after the retention period (001 §16).</summary>
    CustomerDataErased,
}

/// <summary>
/// One entry of a case's history. <see cref="Status"/> is the status after the event, so the history alone gives the
/// time spent in each status (the SLA clock's pauses come from here).
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="CaseId">The case.</param>
/// <param name="PartnerId">The owning partner, so the history is scoped like the case.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Status">Status after the event.</param>
/// <param name="At">When.</param>
/// <param name="By">Who (user name, or a system name).</param>
/// <param name="Detail">Reason, assignee, answer channel or the like; desk-only detail is never put here.</param>
public sealed record SupportCaseEvent(
    Guid Id, Guid CaseId, Guid PartnerId, SupportCaseEventKind Kind, SupportCaseStatus Status, DateTimeOffset At, string By, string? Detail)
    : IPartnerOwned;
