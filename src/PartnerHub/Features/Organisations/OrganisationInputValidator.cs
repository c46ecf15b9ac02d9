using PartnerHub.Infrastructure.Validation;

namespace PartnerHub.Features.Organisations;

/// <summary>Field rules for organisations; keys of ValidationStrings.resx.</summary>
public static class OrganisationInputValidator
{
    public static IReadOnlyDictionary<string, string> Validate(OrganisationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(errors, nameof(input.Name), FieldRules.Required(input.Name) ?? FieldRules.MaxLength(input.Name, 200));
        Add(errors, nameof(input.NameKana), FieldRules.Katakana(input.NameKana));
        Add(errors, nameof(input.CorporateNumber), FieldRules.CorporateNumber(input.CorporateNumber));
        Add(errors, nameof(input.InvoiceRegistrationNumber), FieldRules.InvoiceRegistrationNumber(input.InvoiceRegistrationNumber));
        Add(errors, nameof(input.PostalCode), FieldRules.PostalCode(input.PostalCode));
        Add(errors, nameof(input.Phone), FieldRules.Phone(input.Phone));
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
