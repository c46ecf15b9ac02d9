using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>
/// Makes a month's <see cref="InvoicingPlan"/>: reads every contract that may owe something in the month (a projection, not the
/// aggregates), asks <see cref="MonthlyBilling"/> what each owes, drops what issued invoices already bill, and drafts one invoice per
/// partner in memory with lines in contract order. Nothing is stored: the preview and the run both plan through this.
/// </summary>
public sealed class InvoicingPlanner(HubDbContextOptions contextOptions, IOptions<BillingOptions> options, IStringLocalizer<RunStrings> strings, TimeProvider clock,
    IBusinessCalendarSource calendarSource)
{
    // IN lists of this many contract ids stay well below SQLite's and SQL Server's parameter limits.
    private const int LookupChunk = 500;
    private static readonly CultureInfo s_japanese = CultureInfo.GetCultureInfo("ja");
    private static readonly HashSet<ChargeKey> s_nothingBilled = [];
    private readonly ContractChargeLines _lines = new(strings);

    public async Task<InvoicingPlan> PlanAsync(TenantScope scope, BillingMonth month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contextOptions.Create(scope, clock);
        var contracts = await ContractsOfAsync(db, month, cancellationToken);
        int paymentTermDays = options.Value.PaymentTermDays;
        var calendars = await calendarSource.CurrentAsync(cancellationToken);

        // First without the invoices issued: only the contracts owing something this month need their billed charges looked up.
        var candidates = contracts.Where(c => MonthlyBilling.For(c, month, paymentTermDays, s_nothingBilled, calendars) is { } b && (b.Charges.Count > 0 || b.Refused is not null)).ToList();
        var billed = await BilledAsync(db, candidates.Select(c => c.Id).ToList(), cancellationToken);
        var results = candidates.Select(c => MonthlyBilling.For(c, month, paymentTermDays, billed, calendars)).ToList();

        var issuer = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == scope.OwnOrganisationId, cancellationToken);
        var charges = results.SelectMany(r => r.Charges).ToLookup(c => c.PartnerId);
        var pending = (await PendingOfAsync(db, month, cancellationToken)).ToLookup(p => p.PartnerId);
        var partnerIds = charges.Select(g => g.Key).Union(pending.Select(g => g.Key)).ToList();
        var partners = await db.Organisations.AsNoTracking().Where(o => partnerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var invoices = partnerIds
            .Select(id => Draft(issuer, id, partners[id], [.. charges[id]], [.. pending[id]], paymentTermDays, scope.UserName ?? "system"))
            .OrderBy(i => i.PartnerName, StringComparer.Ordinal).ToList();
        return new InvoicingPlan(month, invoices, contracts.Count, results.Sum(r => r.AlreadyBilled),
            results.Where(r => r.Refused is not null).Select(r => r.Refused!).OrderBy(r => r.ContractNumber, StringComparer.Ordinal).ToList());
    }

    // Contracts that can owe something in the month: ordered by its end, not cancelled, not ended before it.
    private static Task<List<ContractFacts>> ContractsOfAsync(HubDbContext db, BillingMonth month, CancellationToken cancellationToken)
    {
        var last = month.Last;
        var first = month.First;
        return db.Contracts.AsNoTracking()
            .Where(c => c.OrderedOn <= last && c.Status != ContractStatus.Cancelled && (c.ServiceEndedOn == null || c.ServiceEndedOn >= first))
            .OrderBy(c => c.Number)
            .Select(c => new ContractFacts(c.Id, c.Number, c.PartnerId, c.PlanCode, c.WholesaleAnnualFee, c.Status, c.OrderedOn, c.DeliveryCompletedOn,
                c.ServiceStartOn, c.CurrentTerm, c.NonRenewalNoticeOn, c.EarlyEndOn, c.EarlyEndCause, c.PolicySettings))
            .ToListAsync(cancellationToken);
    }

    // Charges and credits decided by swaps, returns and outages up to the month's end, not yet billed or waived; without the outage
    // credits of swaps 004 §7-2 does not compensate (SwapCase.OutageCreditWithheld: maintenance swaps compensated before the rule).
    private static async Task<List<PendingLine>> PendingOfAsync(HubDbContext db, BillingMonth month, CancellationToken cancellationToken)
    {
        var last = month.Last;
        var lines = await db.PendingCharges.AsNoTracking()
            .Where(p => p.Status == PendingChargeStatus.Pending && p.IncurredOn <= last)
            .Join(db.Contracts, p => p.ContractId, c => c.Id, (p, c) => new { Charge = p, ContractNumber = c.Number })
            .OrderBy(x => x.ContractNumber).ThenBy(x => x.Charge.IncurredOn).ThenBy(x => x.Charge.Id)
            .Select(x => new PendingLine(x.Charge.Id, x.Charge.PartnerId, x.Charge.ContractId, x.ContractNumber, x.Charge.Kind, x.Charge.Amount,
                x.Charge.Description, x.Charge.Article, x.Charge.IncurredOn, x.Charge.SourceId))
            .ToListAsync(cancellationToken);
        var withheld = await WithheldOutageCreditsAsync(db, lines, cancellationToken);
        return withheld.Count == 0 ? lines : [.. lines.Where(l => !(l.Kind == PendingChargeKind.OutageCompensation && withheld.Contains(l.SourceId)))];
    }

    /// <summary>The swap cases among the outage credits' sources whose compensation is withheld (<see cref="Domain.Hardware.Swaps.SwapCase.OutageCreditWithheld"/>).</summary>
    private static async Task<HashSet<Guid>> WithheldOutageCreditsAsync(HubDbContext db, List<PendingLine> lines, CancellationToken cancellationToken)
    {
        HashSet<Guid> withheld = [];
        var sources = lines.Where(l => l.Kind == PendingChargeKind.OutageCompensation).Select(l => l.SourceId).Distinct().ToList();
        foreach (var chunk in sources.Chunk(LookupChunk))
        {
            var swaps = await db.SwapCases.AsNoTracking().Where(s => chunk.Contains(s.Id)).ToListAsync(cancellationToken);
            withheld.UnionWith(swaps.Where(s => s.OutageCreditWithheld() is not null).Select(s => s.Id));
        }

        return withheld;
    }

    /// <summary>The contract charges issued invoices bill for <paramref name="contractIds"/> (a cancelled invoice no longer bills its lines).</summary>
    /// <remarks>With <paramref name="issuerId"/>, only that issuer's invoices count (a partner's retail invoices bill its customer, not the vendor's charge).</remarks>
    public static async Task<HashSet<ChargeKey>> BilledAsync(HubDbContext db, IReadOnlyList<Guid> contractIds, CancellationToken cancellationToken, Guid? issuerId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(contractIds);
        HashSet<ChargeKey> billed = [];
        foreach (var chunk in contractIds.Chunk(LookupChunk))
        {
            var ids = chunk.Select(id => (Guid?)id).ToList();
            var sources = await db.Invoices.AsNoTracking()
                .Where(i => i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Issued && (issuerId == null || i.IssuerId == issuerId))
                .SelectMany(i => i.Items)
                .Where(item => ids.Contains(item.SourceContractId) && item.SourceTerm != null)
                .Select(item => new { item.SourceContractId, item.SourceTerm, item.SourceCharge })
                .ToListAsync(cancellationToken);
            billed.UnionWith(sources.Select(s => new ChargeKey(s.SourceContractId!.Value, s.SourceTerm!.Value, s.SourceCharge ?? ContractCharge.TermFee)));
        }

        return billed;
    }

    private PlannedInvoice Draft(Organisation issuer, Guid partnerId, string partnerName, List<BillableCharge> charges, List<PendingLine> pending,
        int paymentTermDays, string by)
    {
        // The invoice's date is its latest charge's; it is due on its earliest charge's due date, never before its own date.
        var transactionDate = charges.Select(c => c.BilledOn).Concat(pending.Select(p => p.IncurredOn)).Max();
        var dueDate = charges.Select(c => c.DueOn).Concat(pending.Select(p => p.IncurredOn.AddDays(paymentTermDays))).Min();
        var draft = Invoice.DraftInvoice(Guid.NewGuid(), issuer.Id, partnerId, InvoiceRecipientKind.Partner, partnerId, partnerName, transactionDate,
            dueDate < transactionDate ? transactionDate : dueDate, options.Value.TaxPolicy, clock.GetUtcNow(), by).Invoice!;
        using (CultureScope.Use(s_japanese))
        {
            foreach (var charge in charges.OrderBy(c => c.ContractNumber, StringComparer.Ordinal).ThenBy(c => c.Key.Term).ThenBy(c => c.Key.Charge))
            {
                if (draft.AddLine(_lines.LineOf(charge), charge.Key.ToSource()) is { } refusal)
                {
                    throw new InvalidOperationException($"A run line was refused: {refusal}.");
                }
            }

            foreach (var charge in pending)
            {
                if (draft.AddLine(LineOf(charge), InvoiceLineSource.Pending(charge.ContractId, charge.Id)) is { } refusal)
                {
                    throw new InvalidOperationException($"A pending charge's line was refused: {refusal}.");
                }
            }
        }

        var registration = InvoiceRegistrationNumber.Validate(issuer.InvoiceRegistrationNumber);
        var qualified = draft.ToQualified(issuer.Name, registration.IsValid ? registration.Value : null);
        return new PlannedInvoice(partnerId, partnerName, draft, qualified.Defects);
    }

    private InvoiceLine LineOf(PendingLine charge)
    {
        string description = strings["Line_Pending", charge.Description, charge.ContractNumber, charge.Article];
        return charge.Kind == PendingChargeKind.OutageCompensation
            // A credit for the service not provided reduces the fee it was charged with: the fee's rate (対価の返還).
            ? InvoiceLine.Credit(description, charge.Amount, TaxCategory.Standard)
            // Compensation for the vendor's appliance damaged, lost or kept (損害賠償金) is outside consumption tax's scope.
            : InvoiceLine.DamageCharge(description, charge.Amount, TaxCategory.Exempt);
    }
}

/// <summary>A pending charge the run bills, with its contract's number for the line.</summary>
internal sealed record PendingLine(Guid Id, Guid PartnerId, Guid ContractId, string ContractNumber, PendingChargeKind Kind, Yen Amount,
    string Description, string Article, DateOnly IncurredOn, Guid SourceId);
