using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

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
        var sheets = db.ParameterSheets.AsNoTracking().OfOwnPartner(db.Tenant);
        if (filter.Status is { } wanted)
        {
            sheets = sheets.Where(s => s.Status == wanted);
        }

        if (filter.Search is { } term)
        {
            // The matching customers are found once, not by reading every sheet's customer.
            var customers = db.Customers.OfOwnPartner(db.Tenant).Where(c => c.Name.Contains(term) || c.NameKana.Contains(term)).Select(c => c.Id);
            sheets = sheets.Where(s => customers.Contains(s.CustomerId));
        }

        // Each sheet's newest version as a joined row (by number, not Max(At): instants are stored as binary on SQLite, where
        // aggregates over them do not translate). The default order, by its time, then walks the versions' At index and stops
        // at the page, where two subqueries per sheet had to be computed for every sheet and sorted.
        var newest = db.ParameterSheetVersions.AsNoTracking().OfOwnPartner(db.Tenant)
            .Where(v => v.Number == db.ParameterSheetVersions.Where(x => x.SheetId == v.SheetId).Max(x => x.Number));
        var items = sheets
            .Join(newest, s => s.Id, v => v.SheetId, (s, v) => new { Sheet = s, Version = v })
            .Join(db.Customers, r => r.Sheet.CustomerId, c => c.Id, (r, c) => new SheetListItem
            {
                Id = r.Sheet.Id,
                CustomerName = c.Name,
                Status = r.Sheet.Status,
                VersionNumber = r.Version.Number,
                UpdatedAt = r.Version.At,
            });
        // Every sheet has a first version and a contract's customer (never moved to another partner), so the joins drop no
        // row and the sheets alone give the total.
        return await s_sorts.Apply(items, request).ToPageAsync(request, page => page, sheets.CountAsync, cancellationToken);
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
