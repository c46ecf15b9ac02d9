namespace PartnerHub.Domain.Identifiers;

/// <summary>A Japanese postal code (郵便番号): 7 digits, shown as 123-4567.</summary>
public sealed record PostalCode
{
    private PostalCode(string digits)
    {
        Digits = digits;
    }

    /// <summary>The 7 digits without the hyphen.</summary>
    public string Digits { get; }

    /// <summary>The display form 123-4567.</summary>
    public string Value => Digits[..3] + "-" + Digits[3..];

    /// <summary>
    /// Validates a postal code. Accepts 1234567, 123-4567, full-width digits and dashes, and a leading 〒
    /// (with or without a space); a hyphen anywhere but after the third digit is rejected as a likely typo.
    /// </summary>
    public static ValidationResult<PostalCode> Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<PostalCode>(ValidationFailure.Empty);
        }

        string folded = InputText.Fold(input);
        if (folded.StartsWith('〒'))
        {
            folded = folded[1..].TrimStart();
        }

        if (folded.Any(c => !InputText.IsAsciiDigit(c) && c != '-'))
        {
            return ValidationResult.Fail<PostalCode>(ValidationFailure.InvalidCharacters);
        }

        string digits = folded.Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 7)
        {
            return ValidationResult.Fail<PostalCode>(ValidationFailure.WrongLength);
        }

        bool hyphenated = folded.Length == 8 && folded[3] == '-';
        return folded.Length == 7 || hyphenated
            ? ValidationResult.Success(new PostalCode(digits))
            : ValidationResult.Fail<PostalCode>(ValidationFailure.InvalidFormat);
    }

    /// <summary>123-4567.</summary>
    public override string ToString() => Value;
}
