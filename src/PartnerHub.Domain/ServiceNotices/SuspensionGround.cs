namespace PartnerHub.Domain.ServiceNotices;

/// <summary>The grounds on which the vendor may stop all or part of the service (004 §14-1 (1)–(5)).</summary>
public enum SuspensionGround
{
    /// <summary>(1) Maintenance or works on the vendor's equipment, or unavoidable for providing the service.</summary>
    MaintenanceOrWorks = 1,

    /// <summary>(2) A natural disaster, incident, communication failure or other emergency, occurring or feared.</summary>
    Emergency = 2,

    /// <summary>(3) The service does not work properly and continuing it has become extremely difficult.</summary>
    Malfunction = 3,

    /// <summary>(4) A compulsory measure under laws and regulations makes providing it difficult.</summary>
    LegalOrder = 4,

    /// <summary>(5) Needed to defend the vendor's equipment against unauthorised access.</summary>
    AttackDefence = 5,
}
