using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>
/// A targeted plan under one policy its contracts keep, and the cancellation window a terms change opens under it (004 §21-2;
/// 002 §12-5; ADR-005); <see cref="Window"/> is null without a policy. <see cref="VersionFrom"/> is the start of the policy
/// version the contracts keep; null for the built-in policy (the first version, or a contract made before versions were stored).
/// </summary>
public sealed record PlanWindowRow(string PlanCode, TermsChangeCancellationWindow? Window, DateOnly? VersionFrom = null);

/// <summary>A contract cancelled under a terms-change notice, with what the customer gets back (004 §21-2).</summary>
public sealed record NoticeCancellationRow(
    Guid ContractId, string ContractNumber, string CustomerName, string PartnerName, ContractStatus Status, DateOnly? RequestedOn, DateOnly LastDay,
    Yen? Refund, bool RefundAtVendorDiscretion);

/// <summary>A contract a stop of the service concerns, with the fee that stays due for the stop (004 §14-3).</summary>
public sealed record StopFeeRow(Guid ContractId, string ContractNumber, string CustomerName, string PartnerName, string PlanCode, Yen AnnualFee, SuspensionFeeDue? Fee);

/// <summary>
/// What a notice means for the contracts it concerns: the cancellations a terms change allowed and the fees a stop leaves due.
/// A partner sees only its own customers' contracts (the contracts' and recipients' tenant filters).
/// </summary>
public sealed class NoticeContractQueries(IDbContextFactory<HubDbContext> contextFactory, IBusinessCalendarSource calendarSource)
{
    private static readonly ContractStatus[] s_withTerms = [ContractStatus.Delivered, ContractStatus.Active, ContractStatus.Ending, ContractStatus.Ended, ContractStatus.Terminated];

    /// <summary>
    /// The cancellation window of a terms change for each plan of the recipients (a partner: of its own customers) and each
    /// policy version their contracts keep: a contract made under a later version has the window of its own policy
    /// (<see cref="PlanPolicyVersions.TryKept"/>, as every reader of a contract's policy). A plan none of whose contracts is
    /// found has its built-in policy's window.
    /// </summary>
    public async Task<IReadOnlyList<PlanWindowRow>> CancellationWindowsAsync(ServiceNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var recipients = db.ServiceNoticeRecipients.AsNoTracking().OfOwnPartner(db.Tenant).Where(r => r.NoticeId == notice.Id);
        var planLists = await recipients.Select(r => r.PlanCodes).Distinct().ToListAsync(cancellationToken);
        var kept = await (from c in db.Contracts.AsNoTracking()
                          join r in recipients on c.CustomerId equals r.CustomerId
                          where c.Status != ContractStatus.Cancelled && ("," + r.PlanCodes + ",").Contains("," + c.PlanCode + ",")
                          select new { c.PlanCode, c.PolicyVersionId, c.PolicySettings }).Distinct().ToListAsync(cancellationToken);
        var versionIds = kept.Where(k => k.PolicyVersionId is not null).Select(k => k.PolicyVersionId!.Value).Distinct().ToList();
        var starts = await db.PlanPolicyVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.EffectiveFrom, cancellationToken);
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        var plans = planLists.SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal);
        List<PlanWindowRow> rows = [];
        foreach (var plan in plans)
        {
            var held = kept.Where(k => k.PlanCode == plan).Select(k => (k.PolicySettings, From: StartOf(k.PolicyVersionId))).ToList();
            foreach (var (settings, from) in held.Count > 0 ? held : [(null, null)])
            {
                var window = PlanPolicyVersions.TryKept(plan, settings, out var policy)
                    ? TermsChangeCancellationWindow.For(policy.On(calendars), notice.NoticeDate, notice.EffectiveFrom).ClosingAfter(notice.StoodUntil)
                    : null;
                rows.Add(new PlanWindowRow(plan, window, from));
            }
        }

        return [.. rows.Distinct().OrderBy(row => row.PlanCode, StringComparer.Ordinal).ThenBy(row => row.VersionFrom)];

        // The first version is the built-in policy since the hub began (its start is the earliest day): shown as the built-in policy.
        DateOnly? StartOf(Guid? versionId) => versionId is { } id && starts.TryGetValue(id, out var from) && from != DateOnly.MinValue ? from : null;
    }

    /// <summary>One page of the contracts cancelled under the terms-change notice <paramref name="noticeId"/>, by contract number.</summary>
    public async Task<PagedResult<NoticeCancellationRow>> CancellationsAsync(Guid noticeId, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contracts = db.Contracts.AsNoTracking().Where(c => c.EarlyEndNoticeId == noticeId);
        var rows = from c in contracts
                   join r in db.ServiceNoticeRecipients on new { NoticeId = noticeId, c.CustomerId } equals new { r.NoticeId, r.CustomerId }
                   join p in db.ServiceNoticePartners on new { NoticeId = noticeId, c.PartnerId } equals new { p.NoticeId, p.PartnerId }
                   orderby c.Number, c.Id
                   select new { Contract = c, r.CustomerName, p.PartnerName };
        var page = await Ordered(rows).ToPageAsync(request, q => q, contracts.CountAsync, cancellationToken);
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        return new PagedResult<NoticeCancellationRow>([.. page.Items.Select(row =>
        {
            var contract = row.Contract;
            var settlement = contract.EarlyEndOn is { } lastDay && contract.Timeline(calendars) is { } timeline
                ? timeline.EarlyTermination(lastDay, TerminationCause.TermsChange, contract.AnnualFee)
                : null;
            return new NoticeCancellationRow(contract.Id, contract.Number, row.CustomerName, row.PartnerName, contract.Status, contract.EarlyEndRequestedOn,
                contract.EarlyEndOn ?? contract.ServiceEndedOn ?? contract.OrderedOn, settlement?.Refund?.Amount, settlement?.RefundAtVendorDiscretion ?? false);
        })], page.TotalCount);
    }

    /// <summary>
    /// One page of the contracts of the customers a stop concerns (the plans it reached them for), with the fee that stays
    /// due for its days (<see cref="SuspensionFees"/>); cancelled orders have no term and are left out.
    /// </summary>
    public async Task<PagedResult<StopFeeRow>> StopFeesAsync(ServiceNotice notice, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var recipients = db.ServiceNoticeRecipients.AsNoTracking().OfOwnPartner(db.Tenant).Where(r => r.NoticeId == notice.Id);
        var concerned = from c in db.Contracts.AsNoTracking()
                        join r in recipients on c.CustomerId equals r.CustomerId
                        where s_withTerms.Contains(c.Status) && ("," + r.PlanCodes + ",").Contains("," + c.PlanCode + ",")
                        select new { Contract = c, r.CustomerName, r.PartnerId };
        var rows = from x in concerned
                   join p in db.ServiceNoticePartners on new { NoticeId = notice.Id, x.PartnerId } equals new { p.NoticeId, p.PartnerId }
                   orderby x.Contract.Number, x.Contract.Id
                   select new { x.Contract, x.CustomerName, p.PartnerName };
        var page = await Ordered(rows).ToPageAsync(request, q => q, concerned.CountAsync, cancellationToken);
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        return new PagedResult<StopFeeRow>([.. page.Items.Select(row => new StopFeeRow(row.Contract.Id, row.Contract.Number, row.CustomerName, row.PartnerName,
            row.Contract.PlanCode, row.Contract.AnnualFee, FeeOf(row.Contract, notice, calendars)))], page.TotalCount);
    }

    /// <summary>The fee <paramref name="contract"/> still owes for the days <paramref name="notice"/> stops the service; null without terms.</summary>
    public static SuspensionFeeDue? FeeOf(ServiceContract contract, ServiceNotice notice, BusinessCalendarSet calendars)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(notice);
        return notice.StopsService && contract.Timeline(calendars) is { } timeline
            ? SuspensionFees.For(timeline, contract.AnnualFee, notice.EffectiveFrom, notice.EffectiveUntil)
            : null;
    }

    // A query ordered by its orderby clause; its projection hides the ordering from the type (EF's queryables are ordered ones).
    private static IOrderedQueryable<T> Ordered<T>(IQueryable<T> query) => (IOrderedQueryable<T>)query;
}
