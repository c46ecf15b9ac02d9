using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;

namespace PartnerHub.Features.Billing;

/// <summary>
/// Gives the next number of a series inside the caller's open transaction: the counter row is incremented first (an UPDATE,
/// which takes SQLite's write lock or SQL Server's row lock until the transaction ends) and only then read, so concurrent
/// issuers wait for each other and a rolled-back issue takes its number back with it. The same statements run on both
/// providers; no provider-specific hint is needed because the UPDATE itself is the lock.
/// </summary>
public static class InvoiceNumbering
{
    private const int MaxAttempts = 5;

    public static async Task<string> NextAsync(HubDbContext db, Guid issuerId, int fiscalYear, string series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An invoice number is given only inside the issuing transaction.");
        }

        for (int attempt = 1; ; attempt++)
        {
            var counter = db.InvoiceNumberCounters.Where(c => c.IssuerId == issuerId && c.FiscalYear == fiscalYear && c.Series == series);
            int updated = await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken);
            if (updated == 1)
            {
                long last = await counter.AsNoTracking().Select(c => c.LastNumber).SingleAsync(cancellationToken);
                return InvoiceNumberFormat.Format(series, fiscalYear, last);
            }

            // The series' first number this year. Two first issues at once on SQL Server both find no row; the second insert
            // breaks the key and goes back to the UPDATE, which then waits for the first transaction's row.
            var first = db.InvoiceNumberCounters.Add(new InvoiceNumberCounter(issuerId, fiscalYear, series));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return InvoiceNumberFormat.Format(series, fiscalYear, 1);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                first.State = EntityState.Detached;
                foreach (var unsaved in db.ChangeTracker.Entries<Data.Auditing.AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
                {
                    unsaved.State = EntityState.Detached;
                }
            }
        }
    }
}
