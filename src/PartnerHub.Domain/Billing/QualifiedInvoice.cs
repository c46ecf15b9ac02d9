using System.Diagnostics.CodeAnalysis;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing;

/// <summary>The issuer of a qualified invoice: its name and registration number (消費税法 §57-4-1-1).</summary>
/// <param name="Name">Name of the registered business.</param>
/// <param name="RegistrationNumber">T + 13 digits.</param>
public sealed record InvoiceIssuer(string Name, InvoiceRegistrationNumber RegistrationNumber);

/// <summary>
/// A complete qualified invoice (適格請求書) or qualified credit note (適格返還請求書): it carries every item the
/// law requires (消費税法 §57-4): the issuer's name and registration number, the transaction date, the description
/// of each supply, the total per tax rate with the rate, the tax per rate, and the recipient. Only the factory
/// methods create one, and they refuse incomplete data, so an instance is always issuable.
/// </summary>
public sealed class QualifiedInvoice
{
    private QualifiedInvoice(
        InvoiceKind kind,
        InvoiceIssuer issuer,
        string recipient,
        DateOnly transactionDate,
        DateOnly? originalTransactionDate,
        IReadOnlyList<InvoiceLine> lines,
        InvoiceTaxPolicy policy,
        InvoiceTotals totals)
    {
        Kind = kind;
        Issuer = issuer;
        Recipient = recipient;
        TransactionDate = transactionDate;
        OriginalTransactionDate = originalTransactionDate;
        Lines = lines;
        Policy = policy;
        Totals = totals;
    }

    /// <summary>Invoice or credit note.</summary>
    public InvoiceKind Kind { get; }

    /// <summary>Name and registration number of the issuer.</summary>
    public InvoiceIssuer Issuer { get; }

    /// <summary>Name of the recipient business.</summary>
    public string Recipient { get; }

    /// <summary>Date of the supply; for a credit note, the date of the refund or credit.</summary>
    public DateOnly TransactionDate { get; }

    /// <summary>For a credit note: the date of the sale being credited, whose rates apply. Null on an invoice.</summary>
    public DateOnly? OriginalTransactionDate { get; }

    /// <summary>The lines, in the order given.</summary>
    public IReadOnlyList<InvoiceLine> Lines { get; }

    /// <summary>Price basis, rounding and rates used.</summary>
    public InvoiceTaxPolicy Policy { get; }

    /// <summary>Totals per rate and grand totals (negative on a credit note).</summary>
    public InvoiceTotals Totals { get; }

    /// <summary>
    /// Creates a qualified invoice, or lists every missing or contradictory item. Credits may appear among the
    /// charges (they lower their rate's total before tax) as long as no rate's total goes below zero.
    /// </summary>
    public static InvoiceResult CreateInvoice(
        string? issuerName,
        InvoiceRegistrationNumber? registrationNumber,
        string? recipient,
        DateOnly transactionDate,
        IEnumerable<InvoiceLine> lines,
        InvoiceTaxPolicy policy) =>
        Create(InvoiceKind.Invoice, issuerName, registrationNumber, recipient, transactionDate, null, lines, policy);

    /// <summary>
    /// Creates a qualified credit note for credits to a sale made on <paramref name="originalTransactionDate"/>,
    /// taxed at that date's rates (a refund reverses the tax of the original sale) and rounded by the same policy
    /// as a charge. Every line must be a credit.
    /// </summary>
    public static InvoiceResult CreateCreditNote(
        string? issuerName,
        InvoiceRegistrationNumber? registrationNumber,
        string? recipient,
        DateOnly creditDate,
        DateOnly originalTransactionDate,
        IEnumerable<InvoiceLine> lines,
        InvoiceTaxPolicy policy) =>
        Create(InvoiceKind.CreditNote, issuerName, registrationNumber, recipient, creditDate, originalTransactionDate, lines, policy);

    private static InvoiceResult Create(
        InvoiceKind kind,
        string? issuerName,
        InvoiceRegistrationNumber? registrationNumber,
        string? recipient,
        DateOnly transactionDate,
        DateOnly? originalTransactionDate,
        IEnumerable<InvoiceLine> lines,
        InvoiceTaxPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(policy);
        InvoiceLine[] lineArray = [.. lines];
        DateOnly taxDate = originalTransactionDate ?? transactionDate;

        List<InvoiceDefect> defects = [];
        if (string.IsNullOrWhiteSpace(issuerName))
        {
            defects.Add(InvoiceDefect.MissingIssuerName);
        }

        if (registrationNumber is null)
        {
            defects.Add(InvoiceDefect.MissingRegistrationNumber);
        }

        if (string.IsNullOrWhiteSpace(recipient))
        {
            defects.Add(InvoiceDefect.MissingRecipient);
        }

        if (lineArray.Length == 0)
        {
            defects.Add(InvoiceDefect.NoLines);
        }

        if (lineArray.Any(l => string.IsNullOrWhiteSpace(l.Description)))
        {
            defects.Add(InvoiceDefect.MissingLineDescription);
        }

        if (lineArray.Any(l => !policy.Rates.TryGetRate(l.TaxCategory, taxDate, out _)))
        {
            defects.Add(InvoiceDefect.NoTaxRateOnDate);
        }

        if (kind == InvoiceKind.CreditNote && lineArray.Any(l => l.Kind != InvoiceLineKind.Credit))
        {
            defects.Add(InvoiceDefect.ChargeOnCreditNote);
        }

        if (kind == InvoiceKind.CreditNote && transactionDate < taxDate)
        {
            defects.Add(InvoiceDefect.CreditNoteBeforeOriginalTransaction);
        }

        if (kind == InvoiceKind.Invoice
            && lineArray.GroupBy(l => l.TaxCategory).Any(g => Yen.Sum(g.Select(l => l.Amount)).IsNegative))
        {
            defects.Add(InvoiceDefect.NegativeRateTotalOnInvoice);
        }

        if (defects.Count > 0)
        {
            return new InvoiceResult(null, defects);
        }

        InvoiceTotals totals = InvoiceCalculator.Compute(lineArray, taxDate, policy);
        var invoice = new QualifiedInvoice(
            kind,
            new InvoiceIssuer(issuerName!.Trim(), registrationNumber!),
            recipient!.Trim(),
            transactionDate,
            originalTransactionDate,
            lineArray,
            policy,
            totals);
        return new InvoiceResult(invoice, []);
    }
}

/// <summary>The outcome of creating a qualified document: the document, or every defect found.</summary>
/// <param name="Invoice">The document; null when there are defects.</param>
/// <param name="Defects">What is missing or contradictory; empty when the document was created.</param>
public sealed record InvoiceResult(QualifiedInvoice? Invoice, IReadOnlyList<InvoiceDefect> Defects)
{
    /// <summary>True when the document was created.</summary>
    [MemberNotNullWhen(true, nameof(Invoice))]
    public bool IsComplete => Invoice is not null;
}
