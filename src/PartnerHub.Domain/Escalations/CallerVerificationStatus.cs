namespace PartnerHub.Domain.Escalations;

/// <summary>The outcome of checking a caller against the registered service contact.</summary>
public enum CallerVerificationStatus
{
    /// <summary>The caller is the registered service contact.</summary>
    Verified,

    /// <summary>Not the registered contact, or not provably so: flagged on the case.</summary>
    Unregistered,
}

/// <summary>
/// What to do with an inquiry from someone other than the registered contact. 004 別紙3 §2-3 says the desk "may" be
/// unable to accept or answer (受付及び回答ができない場合がある), so it is a setting rather than a rule.
/// </summary>
public enum UnregisteredCallerPolicy
{
    /// <summary>The inquiry is not taken on.</summary>
    Refuse,

    /// <summary>The inquiry proceeds, flagged as from an unregistered caller.</summary>
    ProceedFlagged,
}
