namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// A corporate number (法人番号): 13 digits whose FIRST digit is a check digit over the 12 base digits.
/// Check digit = 9 − (Σ Pn × Qn mod 9), where Pn is the n-th base digit counted from the right and Qn is 1 for
/// odd n and 2 for even n (法人番号の指定等に関する省令 §2). Example: the National Tax Agency is 7000012050002.
/// Any single changed digit is caught except a 0↔9 swap in the base digits (a change by 9 vanishes mod 9).
/// </summary>
public sealed record CorporateNumber
{
    private CorporateNumber(string value)
    {
        Value = value;
    }

    /// <summary>The 13 digits, check digit first.</summary>
    public string Value { get; }

    /// <summary>
    /// Validates a corporate number. Accepts full-width digits and hyphens or spaces between digits
    /// (as printed on some registers); the result is the bare 13 digits.
    /// </summary>
    public static ValidationResult<CorporateNumber> Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<CorporateNumber>(ValidationFailure.Empty);
        }

        string digits = InputText.Fold(input).Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!InputText.AllDigits(digits))
        {
            return ValidationResult.Fail<CorporateNumber>(ValidationFailure.InvalidCharacters);
        }

        if (digits.Length != 13)
        {
            return ValidationResult.Fail<CorporateNumber>(ValidationFailure.WrongLength);
        }

        return digits[0] - '0' == ComputeCheckDigit(digits[1..])
            ? ValidationResult.Success(new CorporateNumber(digits))
            : ValidationResult.Fail<CorporateNumber>(ValidationFailure.InvalidCheckDigit);
    }

    /// <summary>The check digit (1–9) for 12 base digits; prepend it to get the corporate number.</summary>
    /// <exception cref="ArgumentException"><paramref name="baseDigits"/> is not exactly 12 ASCII digits.</exception>
    public static int ComputeCheckDigit(string baseDigits)
    {
        ArgumentNullException.ThrowIfNull(baseDigits);
        if (baseDigits.Length != 12 || !InputText.AllDigits(baseDigits))
        {
            throw new ArgumentException("The base of a corporate number is exactly 12 digits.", nameof(baseDigits));
        }

        int sum = 0;
        for (int n = 1; n <= 12; n++)
        {
            int digit = baseDigits[12 - n] - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }

        return 9 - (sum % 9);
    }

    /// <summary>The 13 digits.</summary>
    public override string ToString() => Value;
}
