using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;

namespace PartnerHub.Infrastructure.Numbering;

/// <summary>
/// Document numbers of the form <c>{series}-{yyyyMMdd}-{nnnn}</c>, counted per Tokyo day (quotes Q-, contracts C-,
/// escalation cases E-). Two users saving at the same moment may pick the same number; the column's unique index
/// decides and the loser takes the next one.
/// </summary>
public static class DailyNumbers
{
    private const int MaxAttempts = 10;

    /// <summary>The part every number of <paramref name="series"/> on <paramref name="day"/> starts with, e.g. "Q-20261122-".</summary>
    public static string Prefix(string series, DateOnly day) => series + "-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";

    /// <summary>The <paramref name="sequence"/>-th number of a day, e.g. "Q-20261122-0001".</summary>
    public static string Number(string prefix, int sequence) => prefix + sequence.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// Adds the entity <paramref name="add"/> builds for a candidate number and saves; on a collision clears the change
    /// tracker and tries the next number.
    /// </summary>
    /// <param name="db">The context to save in (only the new entity may be pending in it).</param>
    /// <param name="series">The series letter, e.g. "Q".</param>
    /// <param name="day">The Tokyo day the number belongs to.</param>
    /// <param name="countTaken">How many numbers with the given prefix exist (across all tenants).</param>
    /// <param name="add">Builds the entity with the given number and adds it to <paramref name="db"/>.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public static async Task<TEntity> SaveWithNextNumberAsync<TEntity>(
        HubDbContext db, string series, DateOnly day, Func<string, Task<int>> countTaken, Func<string, TEntity> add, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(countTaken);
        ArgumentNullException.ThrowIfNull(add);
        string prefix = Prefix(series, day);
        int taken = await countTaken(prefix);
        for (int attempt = 1; ; attempt++)
        {
            var entity = add(Number(prefix, taken + attempt));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return entity;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
