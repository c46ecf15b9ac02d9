using Microsoft.Extensions.Options;
using PartnerHub.Domain.Calendars;

namespace PartnerHub.Features.Logistics;

/// <summary>
/// The delivery date a partner may present to the customer, considering stock, kitting and shipping workload and
/// the service-start lead time (004 別紙4 §2-2), in business days of the 004 calendar.
/// </summary>
public sealed class DeliveryPromise(IOptions<LogisticsOptions> options)
{
    public DeliveryEstimate Estimate(DateOnly from, int unitsNeeded, int unitsInStock)
    {
        var settings = options.Value;
        var calendar = BusinessCalendars.SensorServiceDesk;
        bool shortOfStock = unitsInStock < unitsNeeded;
        int days = settings.KittingBusinessDays + settings.ShippingBusinessDays + (shortOfStock ? settings.ReplenishmentBusinessDays : 0);
        var delivery = calendar.AddBusinessDays(from, days);
        return new DeliveryEstimate(delivery, calendar.AddBusinessDays(delivery, settings.ServiceStartLeadBusinessDays), shortOfStock);
    }
}

public sealed record DeliveryEstimate(DateOnly DeliveryOn, DateOnly ServiceReadyOn, bool ShortOfStock);
