namespace PartnerHub.Domain.ServiceNotices;

/// <summary>What a service notice announces; each type has its own minimum notice period (<see cref="NoticeLeadTime"/>).</summary>
public enum ServiceNoticeType
{
    /// <summary>Planned maintenance: a stop for the vendor's maintenance or works (004 §14-1-1), announced with reason, dates and period (§14-2).</summary>
    PlannedMaintenance,

    /// <summary>Emergency maintenance: a stop that cannot wait (004 §14-2: 緊急でやむを得ない場合); always carries its recorded reason.</summary>
    EmergencyMaintenance,

    /// <summary>Suspension of all or part of the service (004 §14; 000 §23-2 休止); fees stay due while it lasts (004 §14-3).</summary>
    Suspension,

    /// <summary>A change of the terms (004 §21-1; 002 §3-3; 003 §2-4): that they change, the new terms and the effective date.</summary>
    TermsChange,

    /// <summary>The vendor ends the service (004 §15-2; 002 §11-1; 003 §14-1; 000 §23-2).</summary>
    Abolition,

    /// <summary>Anything else the vendor tells its partners and customers; no minimum notice period.</summary>
    Other,
}

/// <summary>How a notice reaches its recipients.</summary>
public enum NoticeChannel
{
    /// <summary>The hub's notice board (web posting, 001 §21-1: delivered when posted).</summary>
    Board,

    /// <summary>E-mail to a registered address (001 §21-2: delivered when sent).</summary>
    Email,

    /// <summary>A letter by post (001 §21-3: delivered when it reaches the address; 003 §10-2: when it would normally arrive).</summary>
    Letter,

    /// <summary>
    /// Another method vendor operations chose and recorded (hand delivery, FAX, read out on the phone…; 001 §21-4: delivered at
    /// the time the notice names).
    /// </summary>
    Other,
}
