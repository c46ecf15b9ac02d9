namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// A 48-bit MAC address (EUI-48), shown as upper-case colon pairs: 00:1A:2B:3C:4D:5E. Appliance labels,
/// switch consoles and Windows print it differently, so all three common forms are read.
/// </summary>
public sealed record MacAddress
{
    private MacAddress(string hex)
    {
        Hex = hex;
    }

    /// <summary>The 12 upper-case hex digits without separators.</summary>
    public string Hex { get; }

    /// <summary>"00:1A:2B:3C:4D:5E".</summary>
    public string Value => string.Join(':', Enumerable.Range(0, 6).Select(i => Hex.Substring(i * 2, 2)));

    /// <summary>
    /// Validates a MAC address in colon (00:1a:2b:3c:4d:5e), hyphen (00-1A-2B-3C-4D-5E), Cisco dot
    /// (001a.2b3c.4d5e) or bare (001A2B3C4D5E) form; separators must be one kind and in their places.
    /// </summary>
    public static ValidationResult<MacAddress> Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<MacAddress>(ValidationFailure.Empty);
        }

        string text = InputText.Fold(input);
        if (text.Any(c => !Uri.IsHexDigit(c) && c is not (':' or '-' or '.')))
        {
            return ValidationResult.Fail<MacAddress>(ValidationFailure.InvalidCharacters);
        }

        string hex = string.Concat(text.Where(Uri.IsHexDigit)).ToUpperInvariant();
        if (hex.Length != 12)
        {
            return ValidationResult.Fail<MacAddress>(ValidationFailure.WrongLength);
        }

        bool wellFormed = text.Length == 12
            || IsGrouped(text, ':', 2)
            || IsGrouped(text, '-', 2)
            || IsGrouped(text, '.', 4);
        return wellFormed
            ? ValidationResult.Success(new MacAddress(hex))
            : ValidationResult.Fail<MacAddress>(ValidationFailure.InvalidFormat);
    }

    /// <summary>"00:1A:2B:3C:4D:5E".</summary>
    public override string ToString() => Value;

    private static bool IsGrouped(string text, char separator, int groupLength)
    {
        string[] groups = text.Split(separator);
        return groups.Length == 12 / groupLength && groups.All(g => g.Length == groupLength && g.All(Uri.IsHexDigit));
    }
}
