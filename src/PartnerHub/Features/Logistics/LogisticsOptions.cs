using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Features.Logistics;

/// <summary>Lead times, in business days of the 004 calendar, behind the delivery date a partner may promise (004 別紙4 §2-2).</summary>
public sealed class LogisticsOptions
{
    public const string Section = "Logistics";

    /// <summary>Business days the hardware vendor needs to kit an appliance.</summary>
    [Range(0, 60)]
    public int KittingBusinessDays { get; set; } = 5;

    /// <summary>Business days from shipping to delivery.</summary>
    [Range(0, 30)]
    public int ShippingBusinessDays { get; set; } = 2;

    /// <summary>Extra business days when stock is short and appliances must be procured.</summary>
    [Range(0, 120)]
    public int ReplenishmentBusinessDays { get; set; } = 15;

    /// <summary>Business days from delivery to service start (parameter registration and data confirmation).</summary>
    [Range(0, 30)]
    public int ServiceStartLeadBusinessDays { get; set; } = 3;
}
