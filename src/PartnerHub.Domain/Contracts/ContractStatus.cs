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

    /// <summary>Delivery completed (custody receipt, 003 §15): the term runs from the next day (004 §4-2, 民法 §140).</summary>
    Delivered,

    /// <summary>Data collection confirmed: the service is running (004 別紙4 §2-6).</summary>
    Active,

    /// <summary>
    /// The service runs until a known last day: a non-renewal notice (004 §4-3, §4-4), an early termination (004 §4-5,
    /// §16) or the vendor's abolition of the service (004 §15-2) has been recorded.
    /// </summary>
    Ending,

    /// <summary>The service ended at the end of its last term (004 §4-4); the hardware must be returned (004 §17).</summary>
    Ended,

    /// <summary>The service ended before the end of its term: early termination, breach or abolition (004 §4-5, §15, §16).</summary>
    Terminated,

    /// <summary>Cancelled before delivery: no term started.</summary>
    Cancelled,
}
