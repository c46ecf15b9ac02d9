namespace PartnerHub.Domain.Identifiers;

/// <summary>The kind of a Japanese phone number, from its leading digits (電気通信番号計画).</summary>
public enum PhoneNumberKind
{
    /// <summary>Fixed line (固定電話): 0 + area code + exchange + 4-digit subscriber number, 10 digits.</summary>
    FixedLine,

    /// <summary>Mobile (携帯電話, 070/080/090), 11 digits.</summary>
    Mobile,

    /// <summary>Toll-free (フリーダイヤル): 0120 with 10 digits or 0800 with 11 digits.</summary>
    TollFree,

    /// <summary>IP phone (IP電話, 050), 11 digits.</summary>
    IpPhone,

    /// <summary>Shared-cost navigation dial (ナビダイヤル, 0570), 10 digits.</summary>
    NavigationDial,
}
