using System.Text.RegularExpressions;
using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Infrastructure.Validation;

/// <summary>
/// Form-field rules over the Domain's identifier validators. Each check returns null when valid, else a key of
/// ValidationStrings.resx, so the message appears in the user's language; <c>Normalize…</c> gives the stored form
/// (e.g. "１０８００２３" → "108-0023"). Use cases run the same checks again on save.
/// </summary>
public static partial class FieldRules
{
    public static string? Required(string? value) => string.IsNullOrWhiteSpace(value) ? "Required" : null;

    public static string? MaxLength(string? value, int length) => value is not null && value.Length > length ? "TooLong" : null;

    public static string? Katakana(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Required" : KatakanaPattern().IsMatch(value.Trim()) ? null : "KatakanaOnly";

    public static string? CorporateNumber(string? value) => Optional(value, Domain.Identifiers.CorporateNumber.Validate);

    public static string? InvoiceRegistrationNumber(string? value) => Optional(value, Domain.Identifiers.InvoiceRegistrationNumber.Validate);

    public static string? PostalCode(string? value) => Optional(value, Domain.Identifiers.PostalCode.Validate);

    public static string? Phone(string? value) => Optional(value, PhoneNumber.Validate);

    public static string? Email(string? value) => Optional(value, EmailAddress.Validate);

    /// <summary>Comma- or newline-separated e-mail addresses.</summary>
    public static string? EmailList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : SplitList(value).All(e => EmailAddress.Validate(e).IsValid) ? null : "EmailList";

    public static string? NormalizeCorporateNumber(string? value) => Normalize(value, Domain.Identifiers.CorporateNumber.Validate, v => v.Value);

    public static string? NormalizeInvoiceRegistrationNumber(string? value) => Normalize(value, Domain.Identifiers.InvoiceRegistrationNumber.Validate, v => v.Value);

    public static string? NormalizePostalCode(string? value) => Normalize(value, Domain.Identifiers.PostalCode.Validate, v => v.Value);

    public static string? NormalizePhone(string? value) => Normalize(value, PhoneNumber.Validate, v => v.Value);

    public static string? NormalizeEmail(string? value) => Normalize(value, EmailAddress.Validate, v => v.Value);

    public static string? NormalizeEmailList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(", ", SplitList(value).Select(e => EmailAddress.Validate(e).Value.Value));

    private static string[] SplitList(string value) =>
        value.Split([',', '\n', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Optional<T>(string? value, Func<string?, ValidationResult<T>> validate)
        where T : notnull =>
        string.IsNullOrWhiteSpace(value) ? null : validate(value).Failure is { } failure ? KeyFor(typeof(T).Name, failure) : null;

    private static string? Normalize<T>(string? value, Func<string?, ValidationResult<T>> validate, Func<T, string> format)
        where T : notnull =>
        string.IsNullOrWhiteSpace(value) ? null : validate(value).TryGetValue(out var parsed) ? format(parsed) : value.Trim();

    // One message per identifier; a check-digit failure gets its own, more helpful one.
    private static string KeyFor(string identifier, ValidationFailure failure) =>
        failure == ValidationFailure.InvalidCheckDigit ? identifier + "_CheckDigit" : identifier;

    [GeneratedRegex(@"^[\p{IsKatakana}ー・　 ]+$")]
    private static partial Regex KatakanaPattern();
}

/// <summary>Marker for ValidationStrings.resx.</summary>
public sealed class ValidationStrings
{
}
