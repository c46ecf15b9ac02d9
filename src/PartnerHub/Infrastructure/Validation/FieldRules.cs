using System.Text.RegularExpressions;

namespace PartnerHub.Infrastructure.Validation;

/// <summary>
/// Field rules shared by every form. Each returns null when valid, else a key of ValidationStrings.resx, so the
/// message appears in the user's language; the same rules run again in the use case on save.
/// </summary>
public static partial class FieldRules
{
    public static string? Required(string? value) => string.IsNullOrWhiteSpace(value) ? "Required" : null;

    public static string? MaxLength(string? value, int length) => value is not null && value.Length > length ? "TooLong" : null;

    public static string? Katakana(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Required" : KatakanaPattern().IsMatch(value.Trim()) ? null : "KatakanaOnly";

    public static string? CorporateNumber(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : IsValidCorporateNumber(value.Trim()) ? null : "CorporateNumber";

    public static string? InvoiceRegistrationNumber(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Trim() is { Length: 14 } trimmed && trimmed[0] == 'T' && IsValidCorporateNumber(trimmed[1..]) ? null : "InvoiceRegistrationNumber";

    public static string? PostalCode(string? value) =>
        string.IsNullOrWhiteSpace(value) || PostalCodePattern().IsMatch(value.Trim()) ? null : "PostalCode";

    public static string? Phone(string? value) =>
        string.IsNullOrWhiteSpace(value) || PhonePattern().IsMatch(value.Trim()) ? null : "Phone";

    public static string? Email(string? value) =>
        string.IsNullOrWhiteSpace(value) || EmailPattern().IsMatch(value.Trim()) ? null : "Email";

    /// <summary>Comma- or newline-separated e-mail addresses.</summary>
    public static string? EmailList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Split([',', '\n', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(e => Email(e) is null) ? null : "EmailList";

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

    [GeneratedRegex(@"^[\p{IsKatakana}ー・　 ]+$")]
    private static partial Regex KatakanaPattern();

    [GeneratedRegex(@"^\d{3}-\d{4}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^0\d{1,4}-\d{1,4}-\d{3,4}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}

/// <summary>Marker for ValidationStrings.resx.</summary>
public sealed class ValidationStrings
{
}
