using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts.Guidance;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.RenewalGuidance;

/// <summary>Guidance runs and letters; partners see only their own customers' letters and no runs (tenant filters).</summary>
public sealed class GuidanceQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<GuidanceLetterRow> s_sorts = new SortMap<GuidanceLetterRow>(nameof(GuidanceLetterRow.ContractNumber))
        .Add(nameof(GuidanceLetterRow.ContractNumber), l => l.ContractNumber)
        .Add(nameof(GuidanceLetterRow.CustomerName), l => l.CustomerName)
        .Add(nameof(GuidanceLetterRow.PartnerName), l => l.PartnerName)
        .Add(nameof(GuidanceLetterRow.DueOn), l => l.DueOn)
        .Add(nameof(GuidanceLetterRow.Fee), l => l.Fee)
        .Add(nameof(GuidanceLetterRow.Status), l => l.Status)
        .Add(nameof(GuidanceLetterRow.EmailQueuedAt), l => l.EmailQueuedAt)
        .ThenAlwaysBy(l => l.Id);

    /// <summary>The latest run for <paramref name="fiscalYear"/>, if any (vendor users only).</summary>
    public async Task<GuidanceBatchSummary?> LatestBatchAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.GuidanceBatches.AsNoTracking().Where(b => b.FiscalYear == fiscalYear).OrderByDescending(b => b.StartedAt)
            .Select(b => new GuidanceBatchSummary(b.Id, b.FiscalYear, b.StartedAt, b.StartedBy, b.FinishedAt, b.Status, b.Total, b.Written, b.Skipped, b.Failed))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One page of the letters of <paramref name="fiscalYear"/>, without their PDFs.</summary>
    public async Task<PagedResult<GuidanceLetterRow>> ListAsync(int fiscalYear, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var letters = db.GuidanceLetters.AsNoTracking().OfOwnPartner(db.Tenant).Where(l => l.FiscalYear == fiscalYear);
        var rows = letters.Select(l => new GuidanceLetterRow
        {
            Id = l.Id,
            ContractId = l.ContractId,
            ContractNumber = l.ContractNumber,
            CustomerName = l.CustomerName,
            PartnerName = l.PartnerName,
            DueOn = l.DueOn,
            Fee = l.Fee.Amount,
            Status = l.Status,
            RecipientKind = l.RecipientKind,
            Recipients = l.Recipients,
            EmailQueuedAt = l.EmailQueuedAt,
            Error = l.Error,
            HasPdf = l.Status == GuidanceLetterStatus.Sent,
        });
        return await s_sorts.Apply(rows, request).ToPageAsync(request, page => page, letters.CountAsync, cancellationToken);
    }

    /// <summary>
    /// A sent letter for download: its stored PDF, or for a letter sent before letters were stored (demo data, imports)
    /// what to print from its recorded facts. Null when it does not exist, is another partner's, or was never sent.
    /// </summary>
    public async Task<GuidanceDownload?> GetForDownloadAsync(Guid letterId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var letter = await db.GuidanceLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId && l.Status == GuidanceLetterStatus.Sent, cancellationToken);
        if (letter is null)
        {
            return null;
        }

        if (letter.Pdf is { } stored)
        {
            return new GuidanceDownload(stored, null, letter.ContractNumber, letter.FiscalYear, letter.Language);
        }

        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == letter.ContractId).Select(c => new { c.PlanCode, c.Units }).SingleAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == letter.CustomerId, cancellationToken);
        var partner = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == letter.PartnerId, cancellationToken);
        return new GuidanceDownload(null, GuidanceLetterModel.For(letter, contract.PlanCode, contract.Units, customer, partner), letter.ContractNumber,
            letter.FiscalYear, letter.Language);
    }
}

public sealed record GuidanceBatchSummary(
    Guid Id, int FiscalYear, DateTimeOffset StartedAt, string StartedBy, DateTimeOffset? FinishedAt, GuidanceBatchStatus Status, int Total, int Written,
    int Skipped, int Failed);

/// <summary>A letter to download: the stored PDF, or the letter to print when none was stored.</summary>
public sealed record GuidanceDownload(byte[]? Stored, GuidanceLetterModel? ToPrint, string ContractNumber, int FiscalYear, string Language);

/// <summary>A row of the letter list; settable members (not a positional record) so the database can sort by them.</summary>
public sealed record GuidanceLetterRow
{
    public required Guid Id { get; init; }

    public required Guid ContractId { get; init; }

    public required string ContractNumber { get; init; }

    public required string CustomerName { get; init; }

    public required string PartnerName { get; init; }

    public required DateOnly DueOn { get; init; }

    public required long Fee { get; init; }

    public required GuidanceLetterStatus Status { get; init; }

    public GuidanceRecipientKind? RecipientKind { get; init; }

    public string? Recipients { get; init; }

    public DateTimeOffset? EmailQueuedAt { get; init; }

    public string? Error { get; init; }

    public bool HasPdf { get; init; }
}
