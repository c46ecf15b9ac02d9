using Microsoft.Extensions.Options;
using PartnerHub.Features.Catalogue.Calendars;

namespace PartnerHub.Features.Logistics;

/// <summary>
/// The delivery date a partner may present to the customer, considering stock, kitting and shipping workload and
/// the service-start lead time (004 別紙4 §2-2), in business days of the 004 calendar with the vendor's closures.
/// </summary>
public sealed class DeliveryPromise(IOptions<LogisticsOptions> options, BusinessCalendarDirectory calendars)
{
    public async Task<DeliveryEstimate> EstimateAsync(DateOnly from, int unitsNeeded, int unitsInStock, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var calendar = await calendars.ForAsync("004", cancellationToken);
        bool shortOfStock = unitsInStock < unitsNeeded;
        int days = settings.KittingBusinessDays + settings.ShippingBusinessDays + (shortOfStock ? settings.ReplenishmentBusinessDays : 0);
        var delivery = calendar.AddBusinessDays(from, days);
        return new DeliveryEstimate(delivery, calendar.AddBusinessDays(delivery, settings.ServiceStartLeadBusinessDays), shortOfStock);
    }
}

public sealed record DeliveryEstimate(DateOnly DeliveryOn, DateOnly ServiceReadyOn, bool ShortOfStock);
