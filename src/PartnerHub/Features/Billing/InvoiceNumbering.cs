using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;

namespace PartnerHub.Features.Billing;

/// <summary>
/// Gapless numbers per issuer, fiscal year and series from the <see cref="InvoiceNumberCounter"/> row. The next number is
/// proposed (<see cref="PeekNextAsync"/>) and the issuing transaction takes it — or a run of <c>k</c> numbers for a batch of
/// invoices — with a compare-and-set <c>UPDATE … SET LastNumber = n + k - 1 WHERE LastNumber = n - 1</c> (or the first row's
/// INSERT) before it stores the invoices. The UPDATE locks the row (SQLite: the database's write lock; SQL Server: the row)
/// until commit, so of two issuers proposing the same number exactly one takes it and the other proposes again; a failed issue
/// rolls the counter back with it. Nothing slow happens under the lock: PDFs are printed after the numbers are committed.
/// Within one hub, issues of a series wait for each other (<see cref="QueueAsync"/>) so they rarely propose in vain; across
/// hub instances the compare-and-set alone keeps the sequence unique and gapless. The same statements run on both providers.
/// </summary>
public static class InvoiceNumbering
{
    private static readonly ConcurrentDictionary<(Guid Issuer, int FiscalYear, string Series), SemaphoreSlim> s_queues = new();

    /// <summary>Waits until no other issue of the series runs in this hub; dispose the result to let the next one go.</summary>
    public static async Task<IDisposable> QueueAsync(Guid issuerId, int fiscalYear, string series, CancellationToken cancellationToken)
    {
        var queue = s_queues.GetOrAdd((issuerId, fiscalYear, series), _ => new SemaphoreSlim(1, 1));
        await queue.WaitAsync(cancellationToken);
        return new Release(queue);
    }

    /// <summary>The number the next issue of the series would take.</summary>
    public static async Task<long> PeekNextAsync(HubDbContext db, Guid issuerId, int fiscalYear, string series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        long? last = await Counter(db, issuerId, fiscalYear, series).AsNoTracking().Select(c => (long?)c.LastNumber).SingleOrDefaultAsync(cancellationToken);
        return (last ?? 0) + 1;
    }

    /// <summary>
    /// Takes <paramref name="number"/> inside the caller's open transaction, if it is still the next one; false when another
    /// issuer took it first (propose again).
    /// </summary>
    public static Task<bool> TryTakeAsync(HubDbContext db, Guid issuerId, int fiscalYear, string series, long number, CancellationToken cancellationToken) =>
        TryTakeRangeAsync(db, issuerId, fiscalYear, series, number, 1, cancellationToken);

    /// <summary>
    /// Takes the <paramref name="count"/> numbers from <paramref name="first"/> on inside the caller's open transaction, if
    /// <paramref name="first"/> is still the next one; false when another issuer took it first (propose again).
    /// </summary>
    public static async Task<bool> TryTakeRangeAsync(HubDbContext db, Guid issuerId, int fiscalYear, string series, long first, int count,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An invoice number is taken only inside the issuing transaction.");
        }

        long last = first + count - 1;
        if (first > 1)
        {
            long previous = first - 1;
            int updated = await Counter(db, issuerId, fiscalYear, series).Where(c => c.LastNumber == previous)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, last), cancellationToken);
            return updated == 1;
        }

        var started = db.InvoiceNumberCounters.Add(new InvoiceNumberCounter(issuerId, fiscalYear, series, last));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another issuer created the series' row first.
            started.State = EntityState.Detached;
            foreach (var unsaved in db.ChangeTracker.Entries<Data.Auditing.AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            {
                unsaved.State = EntityState.Detached;
            }

            return false;
        }
    }

    private static IQueryable<InvoiceNumberCounter> Counter(HubDbContext db, Guid issuerId, int fiscalYear, string series) =>
        db.InvoiceNumberCounters.Where(c => c.IssuerId == issuerId && c.FiscalYear == fiscalYear && c.Series == series);

    private sealed class Release(SemaphoreSlim queue) : IDisposable
    {
        public void Dispose() => queue.Release();
    }
}
