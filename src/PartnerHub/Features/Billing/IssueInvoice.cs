using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing;

/// <summary>
/// Issues draft invoices or credit notes: checks each is a complete qualified document (the issuer's registration number first
/// of all), then in one transaction takes consecutive numbers of the issuer's fiscal year for them (<see cref="InvoiceNumbering"/>),
/// stores them issued and immutable — with the addresses they print — and, for a credit note reversing its invoice in full,
/// cancels the invoice. Any failure rolls everything back, the numbers included, so the sequence keeps no gap. The PDFs are
/// printed after the commit (<see cref="InvoicePdfPrinting"/>), so no lock is held while Chromium prints; an issued document
/// whose PDF did not print stays "PDF pending" and is printed again by the next run or on demand.
/// </summary>
public sealed class IssueInvoice(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, InvoicePdfPrinting pdfs, IOptions<BillingOptions> options, TimeProvider clock)
{
    private const int MaxAttempts = 5;

    /// <summary>Issues the draft <paramref name="invoiceId"/> and prints its PDF (if printing fails, it is issued with its PDF pending).</summary>
    public async Task<IssueResult> ExecuteAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles) && !currentUser.IsInAnyRole(BillingPermissions.RetailRoles))
        {
            return IssueResult.Failed(InvoiceProblem.NotAllowed);
        }

        IssueResult result;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
            if (invoice is null)
            {
                return IssueResult.Failed(InvoiceProblem.NotFound);
            }

            if (!InvoiceIssuers.MayManage(currentUser, invoice))
            {
                return IssueResult.Failed(InvoiceProblem.NotAllowed);
            }

            if (!invoice.IsDraft)
            {
                return IssueResult.Failed(InvoiceProblem.NotDraft);
            }

            result = (await IssueDraftsAsync(db, [invoice], currentUser.Name, cancellationToken))[0];
        }

        if (result.Number is null)
        {
            return result;
        }

        var printed = await pdfs.PrintAsync(currentUser.Scope, [invoiceId], null, cancellationToken);
        return result with { PdfPending = printed.Failed > 0 };
    }

    /// <summary>
    /// Issues <paramref name="drafts"/>, tracked by <paramref name="db"/> (stored, or only added — then they are stored with their
    /// issue, or not at all), in the name of <paramref name="by"/>, without printing: the caller prints the PDFs of those issued
    /// (<see cref="InvoicePdfPrinting"/>). The results are in the order of the drafts. The caller has checked the role: the
    /// invoicing run issues its month's drafts through this, a batch per transaction. After a failure <paramref name="db"/> is
    /// not to be used again.
    /// </summary>
    public async Task<IReadOnlyList<IssueResult>> IssueDraftsAsync(HubDbContext db, IReadOnlyList<Invoice> drafts, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(drafts);
        var results = new IssueResult[drafts.Count];
        var issuers = await InvoiceIssuers.LoadAsync(db, drafts.Select(d => d.IssuerId), options.Value, cancellationToken);
        var addresses = await RecipientAddressesAsync(db, drafts, cancellationToken);
        var issuable = new List<(int Index, QualifiedInvoice Document, PrintedAddresses Addresses)>();
        for (int i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var issuer = issuers[draft.IssuerId];
            var qualified = draft.ToQualified(issuer.Name, issuer.Registration);
            if (!draft.IsDraft)
            {
                results[i] = IssueResult.Failed(InvoiceProblem.NotDraft);
            }
            else if (!qualified.IsComplete)
            {
                results[i] = new IssueResult(null, InvoiceProblem.Incomplete, qualified.Defects);
            }
            else
            {
                issuable.Add((i, qualified.Invoice!, new PrintedAddresses(issuer.Address, addresses.GetValueOrDefault(draft.RecipientId))));
                continue;
            }

            // A refused draft only added by the caller is not stored.
            if (db.Entry(draft).State == EntityState.Added)
            {
                db.Entry(draft).State = EntityState.Detached;
            }
        }

        if (issuable.Count == 0)
        {
            return results;
        }

        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        var originals = await OriginalsAsync(db, issuable.Select(x => drafts[x.Index]), cancellationToken);
        // Each series' turn in this hub is taken before the transaction (on SQLite it holds the write lock), in one order.
        var seriesBatches = issuable.GroupBy(x => (drafts[x.Index].IssuerId, Series: InvoiceNumberFormat.SeriesOf(drafts[x.Index].Kind)))
            .OrderBy(g => g.Key.IssuerId).ThenBy(g => g.Key.Series, StringComparer.Ordinal).ToList();
        var turns = new List<IDisposable>();
        // Each issuer numbers by its own fiscal year (a partner's need not be the vendor's).
        int FiscalYearOf(Guid issuerId) => issuers[issuerId].FiscalYear.YearOf(today);
        try
        {
            foreach (var series in seriesBatches)
            {
                turns.Add(await InvoiceNumbering.QueueAsync(series.Key.IssuerId, FiscalYearOf(series.Key.IssuerId), series.Key.Series, cancellationToken));
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var series in seriesBatches)
            {
                var batch = series.ToList();
                int fiscalYear = FiscalYearOf(series.Key.IssuerId);
                long? first = await TakeNumbersAsync(db, series.Key.IssuerId, fiscalYear, series.Key.Series, batch.Count, cancellationToken);
                if (first is null)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return Failed(results, issuable, InvoiceProblem.Conflict);
                }

                for (int k = 0; k < batch.Count; k++)
                {
                    var (index, document, printed) = batch[k];
                    var draft = drafts[index];
                    string number = InvoiceNumberFormat.Format(series.Key.Series, fiscalYear, first.Value + k);
                    if (draft.Issue(number, fiscalYear, document, printed, now, by) is { } refusal)
                    {
                        // Checked above; a refusal here would leave a gap, so nothing of the batch is stored.
                        await transaction.RollbackAsync(cancellationToken);
                        return Failed(results, issuable, InvoiceProblem.Refused, refusal);
                    }

                    if (draft.OriginalInvoiceId is { } originalId)
                    {
                        originals[originalId].CancelWith(draft);
                    }

                    results[index] = new IssueResult(number, null, []);
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone issued or changed a draft meanwhile; the rollback returns the numbers.
                await transaction.RollbackAsync(cancellationToken);
                return Failed(results, issuable, InvoiceProblem.Conflict);
            }

            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        finally
        {
            turns.ForEach(t => t.Dispose());
        }
    }

    // The first of `count` numbers taken in the open transaction, or null when other hub instances kept taking them first.
    private static async Task<long?> TakeNumbersAsync(HubDbContext db, Guid issuerId, int fiscalYear, string series, int count, CancellationToken cancellationToken)
    {
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            long next = await InvoiceNumbering.PeekNextAsync(db, issuerId, fiscalYear, series, cancellationToken);
            if (await InvoiceNumbering.TryTakeRangeAsync(db, issuerId, fiscalYear, series, next, count, cancellationToken))
            {
                return next;
            }
        }

        return null;
    }

    private static IssueResult[] Failed(IssueResult[] results, List<(int Index, QualifiedInvoice Document, PrintedAddresses Addresses)> issuable,
        InvoiceProblem problem, InvoiceRefusal? refusal = null)
    {
        foreach (var (index, _, _) in issuable)
        {
            results[index] = IssueResult.Failed(problem, refusal);
        }

        return results;
    }

    private static async Task<Dictionary<Guid, Invoice>> OriginalsAsync(HubDbContext db, IEnumerable<Invoice> drafts, CancellationToken cancellationToken)
    {
        var ids = drafts.Where(d => d.OriginalInvoiceId is not null).Select(d => d.OriginalInvoiceId!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Invoices.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
    }

    private static async Task<Dictionary<Guid, string?>> RecipientAddressesAsync(HubDbContext db, IReadOnlyList<Invoice> drafts, CancellationToken cancellationToken)
    {
        var partnerIds = drafts.Where(d => d.RecipientKind == InvoiceRecipientKind.Partner).Select(d => d.RecipientId).Distinct().ToList();
        var customerIds = drafts.Where(d => d.RecipientKind == InvoiceRecipientKind.Customer).Select(d => d.RecipientId).Distinct().ToList();
        var addresses = new Dictionary<Guid, string?>();
        if (partnerIds.Count > 0)
        {
            var partners = await db.Organisations.AsNoTracking().Where(o => partnerIds.Contains(o.Id))
                .Select(o => new { o.Id, o.PostalCode, o.Address }).ToListAsync(cancellationToken);
            partners.ForEach(p => addresses[p.Id] = InvoicePrinter.AddressOf(p.PostalCode, p.Address));
        }

        if (customerIds.Count > 0)
        {
            var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
                .Select(c => new { c.Id, c.PostalCode, c.Prefecture, c.Address }).ToListAsync(cancellationToken);
            customers.ForEach(c => addresses[c.Id] = InvoicePrinter.AddressOf(c.PostalCode, c.Prefecture + c.Address));
        }

        return addresses;
    }
}

/// <summary>Why a billing use case did nothing.</summary>
public enum InvoiceProblem
{
    NotAllowed,
    NotFound,
    NotDraft,

    /// <summary>The document lacks an item the law requires; see the defects.</summary>
    Incomplete,

    /// <summary>Someone else changed the document meanwhile.</summary>
    Conflict,

    /// <summary>The domain refused the change; see the refusal.</summary>
    Refused,

    /// <summary>The input was not usable (no recipient, no description, quantity below one, …).</summary>
    InvalidInput,

    /// <summary>The partner has not opted in to invoicing its customers through the hub.</summary>
    RetailNotEnabled,

    /// <summary>No contract of the customer has a fee due in the draft's month that is not billed yet.</summary>
    NothingToBill,
}

/// <summary>The outcome of issuing: the number given, or the problem (with the missing items or the domain's refusal).</summary>
/// <remarks><see cref="PdfPending"/>: issued, but its PDF failed to print; it is printed again by the next run or on demand.</remarks>
public sealed record IssueResult(string? Number, InvoiceProblem? Problem, IReadOnlyList<InvoiceDefect> Defects, InvoiceRefusal? Refusal = null, bool PdfPending = false)
{
    public static IssueResult Failed(InvoiceProblem problem, InvoiceRefusal? refusal = null) => new(null, problem, [], refusal);
}
