using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Accounting;

/// <summary>A payment arriving by bank transfer, e.g. one data record of a 全銀 振込入金通知.</summary>
/// <param name="PayerName">振込依頼人名 as the bank delivers it (half-width kana, abbreviated legal form).</param>
/// <param name="Amount">The amount received, positive.</param>
/// <param name="Date">The booking date (勘定日).</param>
public sealed record IncomingTransfer(string PayerName, Yen Amount, DateOnly Date);

/// <summary>A name a partner pays under (finance keeps several per partner: parent company, subsidiary, typo'd forms).</summary>
/// <param name="PartnerKey">The partner, the same key as <see cref="OpenReceivable.Counterparty"/>.</param>
/// <param name="PayerName">The name in any spelling <see cref="PayerNameKey"/> understands.</param>
public sealed record PayerNameEntry(string PartnerKey, string PayerName);

/// <summary>How sure the match is.</summary>
public enum PayerMatchOutcome
{
    /// <summary>One partner by name, and the amount equals one of its open invoices or all of them together.</summary>
    Matched,

    /// <summary>Some evidence points to a partner, not enough to book the money without a person deciding.</summary>
    Ambiguous,

    /// <summary>Neither the name nor the amount points to any partner.</summary>
    Unmatched,
}

/// <summary>Why a match came out as it did; the UI shows one sentence per reason.</summary>
public enum PayerMatchReason
{
    /// <summary>The payer's name is in the name table for exactly one partner.</summary>
    NameMatched,

    /// <summary>The name is in the table for several partners.</summary>
    NameSharedByPartners,

    /// <summary>The name matches only when the legal form (株式会社, ｶ), …) is ignored.</summary>
    NameMatchedIgnoringLegalForm,

    /// <summary>The name is in nobody's table.</summary>
    NameUnknown,

    /// <summary>The amount equals one open invoice of the candidate.</summary>
    AmountEqualsInvoice,

    /// <summary>The amount equals the candidate's open invoices together.</summary>
    AmountEqualsOpenTotal,

    /// <summary>The amount equals no open invoice and no open total (partial payment, deducted fee, advance).</summary>
    AmountFitsNoOpenInvoice,

    /// <summary>The name is unknown but the amount fits open invoices of the candidates.</summary>
    AmountFitsOtherPartners,
}

/// <summary>How the transferred amount fits a candidate's open invoices.</summary>
public enum AmountFit
{
    /// <summary>It equals no open invoice and not their total.</summary>
    None,

    /// <summary>It equals one open invoice.</summary>
    SingleInvoice,

    /// <summary>It equals all open invoices together.</summary>
    OpenTotal,
}

/// <summary>A partner the transfer may come from.</summary>
/// <param name="PartnerKey">The partner.</param>
/// <param name="NameMatches">Whether its name table holds the payer's name (possibly only without the legal form).</param>
/// <param name="Fit">How the amount fits its open invoices.</param>
/// <param name="InvoiceNumbers">The invoices the amount would settle: the fitting invoice (the earliest due one if
/// several have that amount), or every open invoice for <see cref="AmountFit.OpenTotal"/>; empty otherwise.</param>
public sealed record PayerCandidate(string PartnerKey, bool NameMatches, AmountFit Fit, IReadOnlyList<string> InvoiceNumbers);

/// <summary>The result for one transfer.</summary>
/// <param name="Transfer">The transfer.</param>
/// <param name="NameKey">The normalised payer name, shown so finance can add it to the table.</param>
/// <param name="Outcome">Matched, ambiguous or unmatched.</param>
/// <param name="Reasons">Why, in the order the rules were applied.</param>
/// <param name="Candidates">The partners considered, by partner key; exactly one when matched.</param>
public sealed record PayerMatch(
    IncomingTransfer Transfer, PayerNameKey NameKey, PayerMatchOutcome Outcome, IReadOnlyList<PayerMatchReason> Reasons,
    IReadOnlyList<PayerCandidate> Candidates);

/// <summary>
/// Suggests which partner a bank transfer came from (FORMATS.md §3.5 practice: a learned kana name list, then amount).
/// A transfer is <see cref="PayerMatchOutcome.Matched"/> only when its name belongs to exactly one partner (legal form
/// included) and its amount equals one of that partner's open invoices or their total. A name shared by several
/// partners stays ambiguous even if the amount would single one out: booking money is finance's call, and the
/// candidates carry the evidence. The transfer date does not filter: an invoice stays open until it is paid. Only positive
/// open amounts take part: a credit left on the account is not netted into the open total (finance allocates it by hand).
/// </summary>
public sealed class PayerMatcher
{
    private readonly PayerNameEntry[] _names;
    private readonly PayerNameKey[] _keys;
    private readonly ILookup<string, OpenReceivable> _open;

    /// <summary>A matcher over the current name table and open receivables.</summary>
    public PayerMatcher(IEnumerable<PayerNameEntry> names, IEnumerable<OpenReceivable> openReceivables)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(openReceivables);
        _names = [.. names];
        _keys = [.. _names.Select(n => PayerNameKey.From(n.PayerName))];
        _open = openReceivables.Where(r => r.OpenAmount > Yen.Zero).ToLookup(r => r.Counterparty, StringComparer.Ordinal);
    }

    /// <summary>Matches one transfer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive.</exception>
    public PayerMatch Match(IncomingTransfer transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(transfer.Amount.Amount, 0L, nameof(transfer));
        PayerNameKey key = PayerNameKey.From(transfer.PayerName);

        string[] byName = key.Full.Length == 0 ? [] : PartnersWhere(k => k.Full == key.Full);
        bool legalFormIgnored = false;
        if (byName.Length == 0 && key.Core.Length > 0)
        {
            byName = PartnersWhere(k => k.Core == key.Core);
            legalFormIgnored = byName.Length > 0;
        }

        if (byName.Length == 0)
        {
            PayerCandidate[] byAmount = [
                .. _open.Select(g => g.Key).Order(StringComparer.Ordinal)
                    .Select(p => Candidate(p, false, transfer.Amount))
                    .Where(c => c.Fit != AmountFit.None),
            ];
            return byAmount.Length == 0
                ? new PayerMatch(transfer, key, PayerMatchOutcome.Unmatched, [PayerMatchReason.NameUnknown, PayerMatchReason.AmountFitsNoOpenInvoice], [])
                : new PayerMatch(transfer, key, PayerMatchOutcome.Ambiguous, [PayerMatchReason.NameUnknown, PayerMatchReason.AmountFitsOtherPartners], byAmount);
        }

        PayerCandidate[] candidates = [.. byName.Select(p => Candidate(p, true, transfer.Amount))];
        PayerMatchReason nameReason = legalFormIgnored ? PayerMatchReason.NameMatchedIgnoringLegalForm
            : candidates.Length > 1 ? PayerMatchReason.NameSharedByPartners
            : PayerMatchReason.NameMatched;
        if (candidates.Length > 1)
        {
            return new PayerMatch(transfer, key, PayerMatchOutcome.Ambiguous, [nameReason], candidates);
        }

        AmountFit fit = candidates[0].Fit;
        PayerMatchReason amountReason = fit switch
        {
            AmountFit.SingleInvoice => PayerMatchReason.AmountEqualsInvoice,
            AmountFit.OpenTotal => PayerMatchReason.AmountEqualsOpenTotal,
            AmountFit.None => PayerMatchReason.AmountFitsNoOpenInvoice,
        };
        PayerMatchOutcome outcome = nameReason == PayerMatchReason.NameMatched && fit != AmountFit.None
            ? PayerMatchOutcome.Matched
            : PayerMatchOutcome.Ambiguous;
        return new PayerMatch(transfer, key, outcome, [nameReason, amountReason], candidates);
    }

    private string[] PartnersWhere(Func<PayerNameKey, bool> predicate) =>
        [.. _names.Where((_, i) => predicate(_keys[i])).Select(n => n.PartnerKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private PayerCandidate Candidate(string partnerKey, bool nameMatches, Yen amount)
    {
        OpenReceivable[] open = [.. _open[partnerKey].OrderBy(r => r.DueDate).ThenBy(r => r.InvoiceNumber, StringComparer.Ordinal)];
        OpenReceivable? single = open.FirstOrDefault(r => r.OpenAmount == amount);
        if (single is not null)
        {
            return new PayerCandidate(partnerKey, nameMatches, AmountFit.SingleInvoice, [single.InvoiceNumber]);
        }

        return open.Length > 1 && Yen.Sum(open.Select(r => r.OpenAmount)) == amount
            ? new PayerCandidate(partnerKey, nameMatches, AmountFit.OpenTotal, [.. open.Select(r => r.InvoiceNumber)])
            : new PayerCandidate(partnerKey, nameMatches, AmountFit.None, []);
    }
}
