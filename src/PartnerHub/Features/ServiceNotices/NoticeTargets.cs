using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>How many targeted customers a partner has.</summary>
public sealed record PartnerTargetCount(Guid PartnerId, string PartnerName, int Customers);

/// <summary>A targeted customer, with its partner and the plans that set its lead time.</summary>
public sealed record TargetedCustomer
{
    public required Guid CustomerId { get; init; }

    public required string CustomerName { get; init; }

    public required Guid PartnerId { get; init; }

    public required string PartnerName { get; init; }
}

/// <summary>What a targeting resolves to: the customers per partner, and the plans of the contracts it reached.</summary>
public sealed record TargetPreview(int Customers, IReadOnlyList<PartnerTargetCount> Partners, IReadOnlyList<string> Plans);

/// <summary>
/// Resolves a notice's targeting to customers through their contracts in force (not ended, terminated or cancelled): the
/// contracts of the chosen partners or plans, with an appliance of the chosen models, or whose devices report the chosen
/// software versions or states (<see cref="HubDbContext.HealthOfServingUnits"/>: the units serving a live contract now, not a lost or
/// swapped-out one), or of the listed customers; narrowed, when asked, to the customers of some partners. The plans of exactly those contracts set the lead time
/// (<see cref="NoticeLeadTime"/>). Read in the vendor's scope (only the vendor publishes).
/// </summary>
public static class NoticeTargets
{
    /// <summary>The contracts <paramref name="targeting"/> reaches.</summary>
    public static IQueryable<ServiceContract> Contracts(HubDbContext db, NoticeTargeting targeting)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(targeting);
        var closed = ServiceContract.ClosedStatuses.ToList();
        var live = db.Contracts.AsNoTracking().Where(c => !closed.Contains(c.Status));
        var within = targeting.EffectivePartners.ToList();
        if (within.Count > 0)
        {
            live = live.Where(c => within.Contains(c.PartnerId));
        }

        var values = targeting.Values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        switch (targeting.Kind)
        {
            case TargetKind.Everyone:
                return live;
            case TargetKind.Partners:
                var partners = Ids(values);
                return live.Where(c => partners.Contains(c.PartnerId));
            case TargetKind.Plans:
                return live.Where(c => values.Contains(c.PlanCode));
            case TargetKind.ApplianceModels:
                return live.Where(c => db.Appliances.Any(a => a.ContractId == c.Id && values.Contains(a.ModelCode)));
            case TargetKind.SoftwareVersions:
                var reporting = db.HealthOfServingUnits();
                return live.Where(c => reporting.Any(h => h.ContractId == c.Id && h.SoftwareVersion != null && values.Contains(h.SoftwareVersion)));
            case TargetKind.DeviceStates:
                var states = values.Select(v => Enum.TryParse<DeviceState>(v, out var state) ? state : (DeviceState?)null).OfType<DeviceState>().ToList();
                var watched = db.HealthOfServingUnits();
                return live.Where(c => watched.Any(h => h.ContractId == c.Id && states.Contains(h.State)));
            case TargetKind.Customers:
                // A list pasted from a spreadsheet: customer ids, corporate numbers (法人番号) or exact names, one a line.
                var customers = Ids(values);
                return live.Where(c => customers.Contains(c.CustomerId)
                    || db.Customers.Any(x => x.Id == c.CustomerId && (values.Contains(x.Name) || (x.CorporateNumber != null && values.Contains(x.CorporateNumber)))));
            default:
                throw new ArgumentOutOfRangeException(nameof(targeting), targeting.Kind, "Unknown target kind.");
        }
    }

    /// <summary>The targeted customers, one row each.</summary>
    public static IQueryable<TargetedCustomer> Customers(HubDbContext db, NoticeTargeting targeting)
    {
        var customerIds = Contracts(db, targeting).Select(c => c.CustomerId).Distinct();
        return from customer in db.Customers.AsNoTracking()
               join partner in db.Organisations.AsNoTracking() on customer.PartnerId equals partner.Id
               where customerIds.Contains(customer.Id)
               select new TargetedCustomer { CustomerId = customer.Id, CustomerName = customer.Name, PartnerId = partner.Id, PartnerName = partner.Name };
    }

    /// <summary>Counts per partner and the plans reached, for the preview and the lead-time check.</summary>
    public static async Task<TargetPreview> PreviewAsync(HubDbContext db, NoticeTargeting targeting, CancellationToken cancellationToken)
    {
        if (!targeting.IsComplete)
        {
            return new TargetPreview(0, [], []);
        }

        var partners = await Customers(db, targeting).GroupBy(c => new { c.PartnerId, c.PartnerName })
            .Select(g => new PartnerTargetCount(g.Key.PartnerId, g.Key.PartnerName, g.Count())).ToListAsync(cancellationToken);
        var plans = await Contracts(db, targeting).Select(c => c.PlanCode).Distinct().ToListAsync(cancellationToken);
        return new TargetPreview(partners.Sum(p => p.Customers), [.. partners.OrderBy(p => p.PartnerName, StringComparer.Ordinal)], [.. plans.Order(StringComparer.Ordinal)]);
    }

    /// <summary>One page of the targeted customers, by partner and customer name.</summary>
    public static Task<PagedResult<TargetedCustomer>> PageAsync(HubDbContext db, NoticeTargeting targeting, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!targeting.IsComplete)
        {
            return Task.FromResult(new PagedResult<TargetedCustomer>([], 0));
        }

        var customers = Customers(db, targeting);
        return customers.OrderBy(c => c.PartnerName).ThenBy(c => c.CustomerName).ThenBy(c => c.CustomerId).ToPageAsync(request, page => page, cancellationToken);
    }

    private static List<Guid> Ids(IEnumerable<string> values) =>
        [.. values.Select(v => Guid.TryParse(v, out var id) ? id : (Guid?)null).OfType<Guid>()];
}
