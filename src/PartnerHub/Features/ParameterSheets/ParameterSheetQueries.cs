using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.ParameterSheets;

public sealed class ParameterSheetQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<SheetListItem> s_sorts = new SortMap<SheetListItem>(nameof(SheetListItem.UpdatedAt), defaultDescending: true)
        .Add(nameof(SheetListItem.UpdatedAt), s => s.UpdatedAt)
        .Add(nameof(SheetListItem.CustomerName), s => s.CustomerName)
        .Add(nameof(SheetListItem.Status), s => s.Status)
        .Add(nameof(SheetListItem.VersionNumber), s => s.VersionNumber)
        .ThenAlwaysBy(s => s.Id);

    public async Task<PagedResult<SheetListItem>> ListAsync(SheetListFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sheets = db.ParameterSheets.AsNoTracking();
        if (filter.Status is { } wanted)
        {
            sheets = sheets.Where(s => s.Status == wanted);
        }

        var rows = sheets.Join(db.Customers, s => s.CustomerId, c => c.Id, (s, c) => new { Sheet = s, CustomerName = c.Name, c.NameKana });
        if (filter.Search is { } term)
        {
            rows = rows.Where(r => r.CustomerName.Contains(term) || r.NameKana.Contains(term));
        }

        // The newest version by number, not Max(At): instants are stored as binary on SQLite, where aggregates over them do not translate.
        var items = rows.Select(r => new SheetListItem
        {
            Id = r.Sheet.Id,
            CustomerName = r.CustomerName,
            Status = r.Sheet.Status,
            VersionNumber = r.Sheet.Versions.OrderByDescending(v => v.Number).Select(v => v.Number).First(),
            UpdatedAt = r.Sheet.Versions.OrderByDescending(v => v.Number).Select(v => v.At).First(),
        });
        return await s_sorts.Apply(items, request).ToPageAsync(request, page => page, cancellationToken);
    }

    public async Task<SheetDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sheet = await db.ParameterSheets.AsNoTracking().Include(s => s.Versions).Include(s => s.Events).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (sheet is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == sheet.CustomerId).Select(c => c.Name).SingleAsync(cancellationToken);
        return new SheetDetail(sheet, customer);
    }

    /// <summary>The sheet of a contract, if one was started.</summary>
    public async Task<Guid?> FindForContractAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ParameterSheets.AsNoTracking().Where(s => s.ContractId == contractId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
    }
}

/// <summary>The sheet list's filters, as they travel in its URL.</summary>
public sealed record SheetListFilter(string? Search = null, ParameterSheetStatus? Status = null)
{
    public static SheetListFilter FromUrl(string? search, string? status) => new(QueryValue.Text(search), QueryValue.Enum<ParameterSheetStatus>(status));
}

/// <summary>A row of the sheet list; settable members (not a positional record) so the database can sort by them.</summary>
public sealed record SheetListItem
{
    public required Guid Id { get; init; }

    public required string CustomerName { get; init; }

    public required ParameterSheetStatus Status { get; init; }

    public required int VersionNumber { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}

public sealed record SheetDetail(ParameterSheet Sheet, string CustomerName);
