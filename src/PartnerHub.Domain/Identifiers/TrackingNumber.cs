namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// A parcel tracking number of the Japanese carriers used for appliance shipments and returns (Yamato, Sagawa,
/// Japan Post): 12 digits whose last digit is the first 11 digits, read as one number, modulo 7.
/// The check is weak: it catches most single-digit typos but misses some (a digit changed by 7, e.g. 1↔8),
/// cannot tell the carriers apart (all three use the same rule), and a random 12-digit string passes one time
/// in ten. The carrier therefore comes from the user, never from the number.
/// </summary>
public sealed record TrackingNumber
{
    private TrackingNumber(string digits)
    {
        Digits = digits;
    }

    /// <summary>The 12 digits.</summary>
    public string Digits { get; }

    /// <summary>Display form in groups of four: 1234-5678-9012.</summary>
    public string Value => Digits[..4] + "-" + Digits[4..8] + "-" + Digits[8..];

    /// <summary>Validates a tracking number; hyphens, spaces and full-width digits are accepted.</summary>
    public static ValidationResult<TrackingNumber> Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<TrackingNumber>(ValidationFailure.Empty);
        }

        string digits = InputText.Fold(input).Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!InputText.AllDigits(digits))
        {
            return ValidationResult.Fail<TrackingNumber>(ValidationFailure.InvalidCharacters);
        }

        if (digits.Length != 12)
        {
            return ValidationResult.Fail<TrackingNumber>(ValidationFailure.WrongLength);
        }

        return digits[11] - '0' == ComputeCheckDigit(digits[..11])
            ? ValidationResult.Success(new TrackingNumber(digits))
            : ValidationResult.Fail<TrackingNumber>(ValidationFailure.InvalidCheckDigit);
    }

    /// <summary>The check digit (0–6) for the first 11 digits: their value modulo 7.</summary>
    /// <exception cref="ArgumentException"><paramref name="firstElevenDigits"/> is not exactly 11 ASCII digits.</exception>
    public static int ComputeCheckDigit(string firstElevenDigits)
    {
        ArgumentNullException.ThrowIfNull(firstElevenDigits);
        if (firstElevenDigits.Length != 11 || !InputText.AllDigits(firstElevenDigits))
        {
            throw new ArgumentException("A tracking number's body is exactly 11 digits.", nameof(firstElevenDigits));
        }

        return (int)(long.Parse(firstElevenDigits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture) % 7);
    }

    /// <summary>1234-5678-9012.</summary>
    public override string ToString() => Value;
}
