using PartnerHub.Domain.Common;
using PartnerHub.Domain.Customers;
using PartnerHub.Infrastructure.Validation;

namespace PartnerHub.Features.Customers;

/// <summary>The editable fields of a customer and its registered service contact, as the form holds them.</summary>
public sealed class CustomerInput
{
    public Guid? Id { get; set; }

    /// <summary>Only the vendor chooses; a partner's staff always create customers of their own partner.</summary>
    public Guid? PartnerId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string NameKana { get; set; } = string.Empty;

    public string? CorporateNumber { get; set; }

    public string? PostalCode { get; set; }

    public string? Prefecture { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Industry { get; set; }

    public CustomerSegment Segment { get; set; }

    public string? NotificationEmails { get; set; }

    public string NotificationLanguage { get; set; } = "ja";

    public string ContactName { get; set; } = string.Empty;

    public string ContactNameKana { get; set; } = string.Empty;

    public string ContactEmail { get; set; } = string.Empty;

    public string ContactPhone { get; set; } = string.Empty;

    public string? ContactDepartment { get; set; }

    public Guid Version { get; set; }

    public ServiceContact ToServiceContact() =>
        new(ContactName.Trim(), ContactNameKana.Trim(), FieldRules.NormalizeEmail(ContactEmail) ?? string.Empty, FieldRules.NormalizePhone(ContactPhone) ?? string.Empty,
            string.IsNullOrWhiteSpace(ContactDepartment) ? null : ContactDepartment.Trim());

    public static CustomerInput From(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new CustomerInput
        {
            Id = customer.Id,
            PartnerId = customer.PartnerId,
            Name = customer.Name,
            NameKana = customer.NameKana,
            CorporateNumber = customer.CorporateNumber,
            PostalCode = customer.PostalCode,
            Prefecture = customer.Prefecture,
            Address = customer.Address,
            Phone = customer.Phone,
            Industry = customer.Industry,
            Segment = customer.Segment,
            NotificationEmails = customer.NotificationEmails,
            NotificationLanguage = customer.NotificationLanguage,
            ContactName = customer.ServiceContact.Name,
            ContactNameKana = customer.ServiceContact.NameKana,
            ContactEmail = customer.ServiceContact.Email,
            ContactPhone = customer.ServiceContact.Phone,
            ContactDepartment = customer.ServiceContact.Department,
            Version = customer.Version,
        };
    }

    /// <summary>Field → ValidationStrings key for every invalid field.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(errors, nameof(Name), FieldRules.Required(Name) ?? FieldRules.MaxLength(Name, 200));
        Add(errors, nameof(NameKana), FieldRules.Katakana(NameKana));
        Add(errors, nameof(CorporateNumber), FieldRules.CorporateNumber(CorporateNumber));
        Add(errors, nameof(PostalCode), FieldRules.PostalCode(PostalCode));
        Add(errors, nameof(Prefecture), Prefecture is null || Prefectures.IsPrefecture(Prefecture) ? null : "Prefecture");
        Add(errors, nameof(Phone), FieldRules.Phone(Phone));
        Add(errors, nameof(NotificationEmails), FieldRules.EmailList(NotificationEmails));
        Add(errors, nameof(NotificationLanguage), NotificationLanguage is "ja" or "en" ? null : "Required");
        Add(errors, nameof(ContactName), FieldRules.Required(ContactName) ?? FieldRules.MaxLength(ContactName, 100));
        Add(errors, nameof(ContactNameKana), FieldRules.Katakana(ContactNameKana));
        Add(errors, nameof(ContactEmail), FieldRules.Required(ContactEmail) ?? FieldRules.Email(ContactEmail));
        Add(errors, nameof(ContactPhone), FieldRules.Required(ContactPhone) ?? FieldRules.Phone(ContactPhone));
        return errors;
    }

    private static void Add(Dictionary<string, string> errors, string field, string? error)
    {
        if (error is not null)
        {
            errors[field] = error;
        }
    }
}
