namespace PartnerHub.Domain.Billing;

/// <summary>What an invoice line bills; decides which sign its amount may have.</summary>
public enum InvoiceLineKind
{
    /// <summary>A sale of service rights, hardware or work: zero or positive.</summary>
    Charge,

    /// <summary>
    /// Compensation for hardware the customer damaged, lost or returned late (004 §6-1, 別紙4): zero or positive.
    /// Usually outside the tax's scope (不課税) but finance decides the category per case.
    /// </summary>
    DamageCharge,

    /// <summary>A credit or refund (outage credit 004 §7-2, refunds 002 §11-2, 003 §8-5): always negative.</summary>
    Credit,
}
