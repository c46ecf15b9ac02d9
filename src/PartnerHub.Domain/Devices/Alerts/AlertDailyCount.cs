namespace PartnerHub.Domain.Devices.Alerts;

/// <summary>
/// Alerts per appliance, Tokyo calendar day and threat class, kept up to date at ingest so the board's charts read a
/// few hundred rows instead of scanning millions of events.
/// </summary>
public sealed class AlertDailyCount
{
    /// <summary>Starts a day's count at zero.</summary>
    public AlertDailyCount(Guid applianceId, DateOnly day, ThreatClass threatClass, Guid? partnerId, Guid? customerId)
    {
        ApplianceId = applianceId;
        Day = day;
        ThreatClass = threatClass;
        PartnerId = partnerId;
        CustomerId = customerId;
    }

    /// <summary>The appliance.</summary>
    public Guid ApplianceId { get; private set; }

    /// <summary>Tokyo calendar day the bridge received the alerts (not the appliance's own clock, which may be far off).</summary>
    public DateOnly Day { get; private set; }

    /// <summary>Threat class.</summary>
    public ThreatClass ThreatClass { get; private set; }

    /// <summary>Partner the alerts belong to (tenant).</summary>
    public Guid? PartnerId { get; private set; }

    /// <summary>Customer the alerts belong to.</summary>
    public Guid? CustomerId { get; private set; }

    /// <summary>Alerts counted.</summary>
    public int Count { get; private set; }

    /// <summary>Counts one more alert.</summary>
    public void Increment() => Count++;

    /// <summary>Counts one alert less (it was reclassified into another class); never below zero.</summary>
    public void Decrement() => Count = Math.Max(0, Count - 1);
}
