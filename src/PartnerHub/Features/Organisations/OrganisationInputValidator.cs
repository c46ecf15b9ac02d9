using System.Text.RegularExpressions;

namespace PartnerHub.Features.Organisations;

/// <summary>
/// Field rules for organisations. Returns resource keys (OrganisationForm.resx) so the form shows them in the
/// user's language; the same rules run again on save.
/// </summary>
public static partial class OrganisationInputValidator
{
    public static IReadOnlyDictionary<string, string> Validate(OrganisationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        AddIfError(errors, nameof(input.Name), Name(input.Name));
        AddIfError(errors, nameof(input.NameKana), Kana(input.NameKana));
        AddIfError(errors, nameof(input.CorporateNumber), CorporateNumber(input.CorporateNumber));
        AddIfError(errors, nameof(input.InvoiceRegistrationNumber), InvoiceRegistrationNumber(input.InvoiceRegistrationNumber));
        AddIfError(errors, nameof(input.PostalCode), PostalCode(input.PostalCode));
        AddIfError(errors, nameof(input.Phone), Phone(input.Phone));
        return errors;
    }

    public static string? Name(string? value) => string.IsNullOrWhiteSpace(value) ? "Error_NameRequired" : value.Length > 200 ? "Error_TooLong" : null;

    public static string? Kana(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Error_KanaRequired" : KatakanaPattern().IsMatch(value.Trim()) ? null : "Error_KanaOnly";

    public static string? CorporateNumber(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : IsValidCorporateNumber(value.Trim()) ? null : "Error_CorporateNumber";

    public static string? InvoiceRegistrationNumber(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Trim() is { Length: 14 } trimmed && trimmed[0] == 'T' && IsValidCorporateNumber(trimmed[1..]) ? null : "Error_InvoiceNumber";

    public static string? PostalCode(string? value) =>
        string.IsNullOrWhiteSpace(value) || PostalCodePattern().IsMatch(value.Trim()) ? null : "Error_PostalCode";

    public static string? Phone(string? value) =>
        string.IsNullOrWhiteSpace(value) || PhonePattern().IsMatch(value.Trim()) ? null : "Error_Phone";

    // 法人番号: check digit (first digit) = 9 − (Σ digit × weight mod 9), weights 1, 2 alternating from the right.
    private static bool IsValidCorporateNumber(string value)
    {
        if (value.Length != 13 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        int sum = 0;
        for (int n = 1; n <= 12; n++)
        {
            sum += (value[13 - n] - '0') * (n % 2 == 1 ? 1 : 2);
        }

        return value[0] - '0' == 9 - (sum % 9);
    }

    private static void AddIfError(Dictionary<string, string> errors, string field, string? error)
    {
        if (error is not null)
        {
            errors[field] = error;
        }
    }

    [GeneratedRegex(@"^[\p{IsKatakana}ー・　 ]+$")]
    private static partial Regex KatakanaPattern();

    [GeneratedRegex(@"^\d{3}-\d{4}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^0\d{1,4}-\d{1,4}-\d{3,4}$")]
    private static partial Regex PhonePattern();
}
