namespace PartnerHub.Domain.Escalations;

/// <summary>
/// Where a support case stands, first line and second line in one line of states (004 別紙3 §1-2, §1-3). The allowed
/// moves are <see cref="SupportCase.CanMoveTo"/>.
/// </summary>
public enum SupportCaseStatus
{
    /// <summary>The partner's first line is working it (hearing, 別紙3 §1-2-①).</summary>
    Open,

    /// <summary>Closed at the first line with an answer by phone (別紙3 §1-2-②, §2-4: 一次受付窓口では電話のみ).</summary>
    AnsweredByPartner,

    /// <summary>Escalated with the hearing sheet; new in the desk's queue (別紙3 §1-2-③, §1-3-①).</summary>
    Escalated,

    /// <summary>The desk is working it.</summary>
    InProgress,

    /// <summary>Waiting for the customer (configuration details, logs: 別紙3 §1-3-②); the SLA clock is paused.</summary>
    WaitingForCustomer,

    /// <summary>Waiting for the partner; the clock keeps running (the partner is part of the service).</summary>
    WaitingForPartner,

    /// <summary>The incident status, resolution and prevention outline were reported to the customer (別紙3 §1-3-④).</summary>
    Reported,

    /// <summary>Done.</summary>
    Closed,
}
