namespace PartnerHub.Domain.Escalations;

/// <summary>Who looks at (or wrote) an item of a support case, as <see cref="TlpPolicy"/> distinguishes them.</summary>
public enum TlpAudience
{
    /// <summary>The second-line desk (二次受付窓口): the vendor or the specialist it designates (004 別紙3 §1-3).</summary>
    SecondLineDesk,

    /// <summary>The vendor's operations staff outside the desk (portal registration, hardware).</summary>
    VendorOperations,

    /// <summary>The partner whose customer the case is about (the first-line desk, 004 別紙3 §1-2).</summary>
    OwningPartner,

    /// <summary>That customer's registered service contact (004 §5-1).</summary>
    Customer,

    /// <summary>Any other sales partner.</summary>
    OtherPartner,
}
