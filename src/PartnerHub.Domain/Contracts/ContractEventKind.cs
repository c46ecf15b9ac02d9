namespace PartnerHub.Domain.Contracts;

/// <summary>What one entry of a contract's history records.</summary>
public enum ContractEventKind
{
    /// <summary>The status changed (the entry's status is the new one).</summary>
    StatusChanged,

    /// <summary>The contract rolled into its next term (004 §4-3: 自動的に1年間延長).</summary>
    Renewed,

    /// <summary>A customer's non-renewal notice was recorded (004 §4-3).</summary>
    NonRenewalRecorded,

    /// <summary>A recorded non-renewal notice was withdrawn before its deadline.</summary>
    NonRenewalWithdrawn,

    /// <summary>An end of service before the term's end was scheduled (004 §4-5, §15-2, §16).</summary>
    EndScheduled,

    /// <summary>The term dates were recalculated under the current first-day rule (民法 §140).</summary>
    TermRuleAdopted,
}
