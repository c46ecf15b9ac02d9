using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PartnerHub.Data;
using PartnerHub.Domain.Devices;

namespace PartnerHub.Features.Devices.Ingest;

/// <summary>
/// Writes a batch's <see cref="SensorEvent"/> rows. On SQLite, one prepared INSERT executed per row inside the
/// ingest transaction: the rows are append-only machine data the ingest never reads back, and EF Core's change tracking
/// and per-save command building cost about three quarters of a 1,000-event batch (bench/ApplianceBridge.Benchmarks,
/// phase hubprofile). Columns, names and value conversions come from the EF model, so the rows are exactly what
/// SaveChanges would write. Other providers go through the change tracker.
/// </summary>
internal static class SensorEventWriter
{
    /// <summary>Stores <paramref name="rows"/> and everything else the context tracks in one transaction.</summary>
    public static async Task SaveAsync(HubDbContext db, IReadOnlyList<SensorEvent> rows, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            db.SensorEvents.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InsertAsync(db, transaction, rows, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task InsertAsync(HubDbContext db, IDbContextTransaction transaction, IReadOnlyList<SensorEvent> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(SensorEvent))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .ToArray();
        var sql = new StringBuilder("INSERT INTO ").Append(Quote(table.Name)).Append(" (")
            .AppendJoin(", ", columns.Select(c => Quote(c.Column)))
            .Append(") VALUES (")
            .AppendJoin(", ", columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(')');

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql.ToString();
        command.Transaction = transaction.GetDbTransaction();
        try
        {
            foreach (var row in rows)
            {
                command.Parameters.Clear();
                for (int i = 0; i < columns.Length; i++)
                {
                    var (property, _, mapping) = columns[i];
                    // The type mapping applies the model's converter (e.g. DateTimeOffset → binary, enum → string) and the
                    // provider's parameter settings (Guid as upper-case TEXT), as SaveChanges does.
                    command.Parameters.Add(mapping.CreateParameter(command, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        property.GetGetter().GetClrValue(row), property.IsNullable));
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (DbException exception)
        {
            // As SaveChanges reports it, so the ingestor's retry for a concurrent writer (another hub process) applies.
            throw new DbUpdateException("Storing the batch's sensor events failed: " + exception.Message, exception);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
