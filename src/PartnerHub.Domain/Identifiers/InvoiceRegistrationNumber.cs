namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// A qualified-invoice issuer registration number (適格請求書発行事業者の登録番号): "T" followed by 13 digits.
/// For a corporation the digits are its corporate number, so the corporate-number check digit must hold.
/// Sole proprietors receive a 13-digit number from the same numbering system that is not a corporate number;
/// the check digit is applied to them too (an assumption: the NTA publishes no separate scheme).
/// </summary>
public sealed record InvoiceRegistrationNumber
{
    private InvoiceRegistrationNumber(string digits)
    {
        Digits = digits;
    }

    /// <summary>The 13 digits after the T.</summary>
    public string Digits { get; }

    /// <summary>The number as printed on invoices: "T" + 13 digits.</summary>
    public string Value => "T" + Digits;

    /// <summary>The registration number of a corporation: "T" + its corporate number.</summary>
    public static InvoiceRegistrationNumber ForCorporation(CorporateNumber corporateNumber)
    {
        ArgumentNullException.ThrowIfNull(corporateNumber);
        return new InvoiceRegistrationNumber(corporateNumber.Value);
    }

    /// <summary>
    /// Validates a registration number. Accepts a lower-case or full-width T and hyphens or spaces between
    /// digits (T1-2345-6789-0123); the result is "T" + 13 digits.
    /// </summary>
    public static ValidationResult<InvoiceRegistrationNumber> Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<InvoiceRegistrationNumber>(ValidationFailure.Empty);
        }

        string folded = InputText.Fold(input);
        if (folded[0] is not ('T' or 't'))
        {
            return InputText.AllDigits(folded.Replace("-", string.Empty, StringComparison.Ordinal))
                ? ValidationResult.Fail<InvoiceRegistrationNumber>(ValidationFailure.MissingPrefix)
                : ValidationResult.Fail<InvoiceRegistrationNumber>(ValidationFailure.InvalidCharacters);
        }

        ValidationResult<CorporateNumber> number = CorporateNumber.Validate(folded[1..]);
        return number.IsValid
            ? ValidationResult.Success(new InvoiceRegistrationNumber(number.Value.Value))
            : ValidationResult.Fail<InvoiceRegistrationNumber>(
                number.Failure == ValidationFailure.Empty ? ValidationFailure.WrongLength : number.Failure!.Value);
    }

    /// <summary>"T" + 13 digits.</summary>
    public override string ToString() => Value;
}
