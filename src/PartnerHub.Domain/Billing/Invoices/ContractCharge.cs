namespace PartnerHub.Domain.Billing.Invoices;

/// <summary>
/// What a contract line of an invoice bills for its term. With the contract and the term it identifies the charge, so the
/// invoicing run bills each one once however often it runs.
/// </summary>
public enum ContractCharge
{
    /// <summary>The term's service fee (004 annual fee; 002 §13-3 first-term months or renewal year).</summary>
    TermFee,

    /// <summary>The customer's early-termination penalty for the rest of the term (004 §4-5).</summary>
    EarlyTerminationPenalty,

    /// <summary>The refund of the unexpired part of the term (004 §15-4, §21-2; 002 §11-2; 003 §8-5).</summary>
    UnexpiredRefund,

    /// <summary>The refund of a next term's fee billed in advance before the service was discontinued (002 §11-2, §13-3-②).</summary>
    PrepaidRenewalRefund,
}
