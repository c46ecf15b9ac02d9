namespace PartnerHub.Domain.Customers;

/// <summary>
/// The customer's one registered service contact person (サービス担当者, 004 §5-1). Only this person may
/// receive support (004 別紙3 §2-3), so identity checks compare callers against it.
/// </summary>
public sealed record ServiceContact(string Name, string NameKana, string Email, string Phone, string? Department)
{
    /// <summary>What remains of a contact whose details were erased after the service ended (001 §16).</summary>
    public static ServiceContact Erased => new("（削除済み）", string.Empty, string.Empty, string.Empty, null);

    /// <summary>True when every required field has a value.</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(Phone);
}
