using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.Renewals;

/// <summary>
/// The run report: what the renewal run did, day by day, read from the contracts' own history (the run writes a Renewed
/// entry per new term and a status change per end, by <see cref="RenewalRun.By"/>), so no table of its own is needed.
/// </summary>
public sealed partial class RenewalRunQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<PagedResult<RenewalRunReportItem>> ListAsync(RenewalRunFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var events = Events(db, filter);
        int total = await events.CountAsync(cancellationToken);
        if (total == 0)
        {
            return new PagedResult<RenewalRunReportItem>([], 0);
        }

        var rows = await Rows(db, events).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PagedResult<RenewalRunReportItem>(rows.Select(Item).ToList(), total);
    }

    private static IQueryable<ContractEvent> Events(HubDbContext db, RenewalRunFilter filter)
    {
        var events = db.ContractEvents.AsNoTracking().OfOwnPartner(db.Tenant)
            .Where(e => e.By == RenewalRun.By
                && (e.Kind == ContractEventKind.Renewed
                    || (e.Kind == ContractEventKind.StatusChanged && (e.Status == ContractStatus.Ended || e.Status == ContractStatus.Terminated))));
        if (filter.PartnerId is { } partnerId)
        {
            events = events.Where(e => e.PartnerId == partnerId);
        }

        return filter.Kind switch
        {
            RenewalRunEntryKind.Renewed => events.Where(e => e.Kind == ContractEventKind.Renewed),
            RenewalRunEntryKind.Ended => events.Where(e => e.Kind == ContractEventKind.StatusChanged),
            null => events,
        };
    }

    // Newest run first; within a run by contract number, and a contract's catch-up renewals (same instant) by their note
    // ("term N: …" sorts by its length first so term 10 follows term 9).
    private static IQueryable<RunRow> Rows(HubDbContext db, IQueryable<ContractEvent> events) =>
        events
            .Join(db.Contracts, e => e.ContractId, c => c.Id, (e, c) => new { Event = e, Contract = c })
            .Join(db.Customers, x => x.Contract.CustomerId, cu => cu.Id, (x, cu) => new { x.Event, x.Contract, Customer = cu })
            .Join(db.Organisations, x => x.Contract.PartnerId, o => o.Id, (x, o) => new RunRow
            {
                EventId = x.Event.Id,
                At = x.Event.At,
                Kind = x.Event.Kind,
                Status = x.Event.Status,
                Note = x.Event.Note,
                ContractId = x.Contract.Id,
                Number = x.Contract.Number,
                PlanCode = x.Contract.PlanCode,
                AnnualFee = x.Contract.AnnualFee.Amount,
                CustomerName = x.Customer.Name,
                PartnerName = o.Name,
            })
            .OrderByDescending(r => r.At).ThenBy(r => r.Number).ThenBy(r => r.Note!.Length).ThenBy(r => r.Note).ThenBy(r => r.EventId);

    private static RenewalRunReportItem Item(RunRow row)
    {
        // The Renewed entry's note is the domain's record of the term it started ("term 2: 2027-04-11 – 2028-04-10"),
        // kept as written then: the timeline recomputed today could differ after a term-rule adoption.
        int? term = null;
        DateOnly? start = null, end = null;
        if (row.Kind == ContractEventKind.Renewed && row.Note is { } note && TermNote().Match(note) is { Success: true } match)
        {
            term = int.Parse(match.Groups["term"].Value, CultureInfo.InvariantCulture);
            start = DateOnly.ParseExact(match.Groups["start"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            end = DateOnly.ParseExact(match.Groups["end"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return new RenewalRunReportItem
        {
            EventId = row.EventId,
            RunDay = JapaneseFormat.TokyoDate(row.At),
            At = row.At,
            Entry = row.Kind == ContractEventKind.Renewed ? RenewalRunEntryKind.Renewed : RenewalRunEntryKind.Ended,
            Status = row.Status,
            ContractId = row.ContractId,
            Number = row.Number,
            CustomerName = row.CustomerName,
            PartnerName = row.PartnerName,
            PlanCode = row.PlanCode,
            AnnualFee = row.AnnualFee,
            Term = term,
            TermStart = start,
            TermEnd = end,
        };
    }

    [GeneratedRegex(@"^term (?<term>\d+): (?<start>\d{4}-\d{2}-\d{2}) – (?<end>\d{4}-\d{2}-\d{2})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TermNote();

    // Settable members (not a positional record) so the database can sort by them.
    private sealed class RunRow
    {
        public required Guid EventId { get; init; }

        public required DateTimeOffset At { get; init; }

        public required ContractEventKind Kind { get; init; }

        public required ContractStatus Status { get; init; }

        public string? Note { get; init; }

        public required Guid ContractId { get; init; }

        public required string Number { get; init; }

        public required string PlanCode { get; init; }

        public required long AnnualFee { get; init; }

        public required string CustomerName { get; init; }

        public required string PartnerName { get; init; }
    }
}

/// <summary>What a run-report row records.</summary>
public enum RenewalRunEntryKind
{
    Renewed,
    Ended,
}

/// <summary>The run report's filters, as they travel in its URL.</summary>
public sealed record RenewalRunFilter(Guid? PartnerId = null, RenewalRunEntryKind? Kind = null)
{
    public static RenewalRunFilter FromUrl(string? partner, string? kind) => new(QueryValue.Id(partner), QueryValue.Enum<RenewalRunEntryKind>(kind));
}

/// <summary>A row of the run report: one renewal (the term started) or one end of service.</summary>
public sealed record RenewalRunReportItem
{
    public required Guid EventId { get; init; }

    /// <summary>The Tokyo day of the run.</summary>
    public required DateOnly RunDay { get; init; }

    public required DateTimeOffset At { get; init; }

    public required RenewalRunEntryKind Entry { get; init; }

    /// <summary>The status after the entry (Ended or Terminated for an end).</summary>
    public required ContractStatus Status { get; init; }

    public required Guid ContractId { get; init; }

    public required string Number { get; init; }

    public required string CustomerName { get; init; }

    public required string PartnerName { get; init; }

    public required string PlanCode { get; init; }

    public required long AnnualFee { get; init; }

    public int? Term { get; init; }

    public DateOnly? TermStart { get; init; }

    public DateOnly? TermEnd { get; init; }
}
