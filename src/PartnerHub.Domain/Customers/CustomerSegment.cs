namespace PartnerHub.Domain.Customers;

/// <summary>Customer segment used by price lists (002: chamber members pay a lower annual fee).</summary>
public enum CustomerSegment
{
    /// <summary>Ordinary customer.</summary>
    Standard,

    /// <summary>Member of the chamber of commerce (商工会議所会員, 002 別表).</summary>
    ChamberMember,
}
