namespace PartnerHub.Domain.Billing.Invoices;

/// <summary>
/// The last number given in one series of one issuer's fiscal year. Issuing increments it inside the issuing transaction, so
/// a failed issue gives its number back and two concurrent issues never share one: the sequence has no gaps (インボイス
/// numbering need not be gapless by law, but finance and auditors check the register for missing numbers).
/// </summary>
public sealed class InvoiceNumberCounter
{
    /// <summary>A series that has given its first <paramref name="numbersGiven"/> numbers (1 …, in one issuing transaction).</summary>
    public InvoiceNumberCounter(Guid issuerId, int fiscalYear, string series, long numbersGiven = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(numbersGiven, 1);
        IssuerId = issuerId;
        FiscalYear = fiscalYear;
        Series = series;
        LastNumber = numbersGiven;
    }

    private InvoiceNumberCounter()
    {
        Series = string.Empty;
    }

    /// <summary>The issuing organisation.</summary>
    public Guid IssuerId { get; private set; }

    /// <summary>The issuer's fiscal year.</summary>
    public int FiscalYear { get; private set; }

    /// <summary>The series (INV, CN).</summary>
    public string Series { get; private set; }

    /// <summary>The last number given.</summary>
    public long LastNumber { get; private set; }
}
