namespace PartnerHub.Domain.Contracts;

/// <summary>
/// Where a service contract stands, from the partner's order to the end of service (004 §4, 別紙4). The order of
/// the values is the order of the status line the partner sees.
/// </summary>
public enum ContractStatus
{
    /// <summary>The customer bought the service right from the partner (004 §1-4); waiting for the parameter sheet.</summary>
    Ordered,

    /// <summary>The parameter sheet is being filled or reviewed (004 別紙4 §2-4).</summary>
    ParameterSheet,

    /// <summary>The hardware vendor kits the appliance (004 別紙4 §2-1).</summary>
    Kitting,

    /// <summary>The appliance is on its way to the customer.</summary>
    Shipped,

    /// <summary>Delivery completed (custody receipt, 003 §15): the term runs from this date (004 §4-2).</summary>
    Delivered,

    /// <summary>Data collection confirmed: the service is running (004 別紙4 §2-6).</summary>
    Active,

    /// <summary>The customer gave notice of non-renewal: the service ends at term end (004 §4-3, §4-4).</summary>
    EndingAtTermEnd,

    /// <summary>The service has ended; hardware must be returned (004 §4-4, §17).</summary>
    Terminated,

    /// <summary>Cancelled before delivery.</summary>
    Cancelled,
}
