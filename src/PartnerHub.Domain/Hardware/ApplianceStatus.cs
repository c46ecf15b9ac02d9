namespace PartnerHub.Domain.Hardware;

/// <summary>Where an appliance is in its loan lifecycle (004 §6, 別紙4; 003 §15).</summary>
public enum ApplianceStatus
{
    /// <summary>In the vendor's stock.</summary>
    InStock,

    /// <summary>Reserved for a contract, waiting for kitting.</summary>
    Allocated,

    /// <summary>At the hardware vendor for kitting (software, parameters, ownership label).</summary>
    Kitting,

    /// <summary>Shipped to the customer with the equipment loan slip (機器類貸出書).</summary>
    Shipped,

    /// <summary>At the customer: the custody receipt (機器類預かり証) was received.</summary>
    AtCustomer,

    /// <summary>Returned to the vendor (return receipt issued, 003 §15).</summary>
    Returned,

    /// <summary>Faulty; waiting for repair or disposal.</summary>
    Faulty,

    /// <summary>Retired from service.</summary>
    Retired,

    /// <summary>At the customer, who must send it back: a return task is open (004 §17-1, 別紙4 §4-3; a swap's old unit).</summary>
    AwaitingReturn,

    /// <summary>On its way back: the customer or partner gave the carrier's tracking number.</summary>
    ReturnInTransit,

    /// <summary>Received back and being inspected before it is refurbished or scrapped.</summary>
    InInspection,

    /// <summary>Lost, stolen or never returned (004 §6-1-3, 別紙4 §4-4): out of the fleet, charged to the customer.</summary>
    Lost,

    /// <summary>
    /// Replaced by a swap: still the customer's loan until it comes back, but no longer serving the contract (its
    /// telemetry is not attributed to it).
    /// </summary>
    SwappedOut,
}

/// <summary>New or refurbished: the vendor's appliances are not necessarily new (004 §6-1).</summary>
public enum ApplianceCondition
{
    /// <summary>New.</summary>
    New,

    /// <summary>Refurbished (再生品).</summary>
    Refurbished,
}
