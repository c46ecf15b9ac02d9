using Microsoft.EntityFrameworkCore;

namespace PartnerHub.Data;

/// <summary>
/// Refuses a database whose migration history names migrations this build does not have. Before release the migrations
/// were squashed into one; a database made by an earlier build would otherwise fail half-way through migrating, on tables
/// that already exist.
/// </summary>
public static class SchemaVersionGuard
{
    public static async Task RefuseUnknownMigrationsAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return;
        }

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database records {unknown.Count} migration(s) this version does not know (first: {unknown[0]}): it was created by a " +
                "pre-release build of PartnerHub. Delete the demo database (db/local/) to start again from fresh demo data, or restore a " +
                "backup made by this version.");
        }
    }
}
