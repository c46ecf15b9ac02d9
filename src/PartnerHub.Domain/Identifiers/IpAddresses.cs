using System.Net;
using System.Net.Sockets;

namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// Strict IP address validation for parameter sheets. <see cref="IPAddress.TryParse(string?, out IPAddress?)"/>
/// alone is too lenient for user input: it reads "10.1" as 10.0.0.1 and "010.0.0.1" as octal, which would
/// silently register the wrong address for an appliance.
/// </summary>
public static class IpAddresses
{
    /// <summary>
    /// Validates dotted-decimal IPv4: exactly four parts of 0–255, no leading zeros (ambiguous: octal to some tools).
    /// </summary>
    public static ValidationResult<IPAddress> ValidateV4(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<IPAddress>(ValidationFailure.Empty);
        }

        string text = InputText.Fold(input, foldDashes: false);
        if (text.Any(c => !InputText.IsAsciiDigit(c) && c != '.'))
        {
            return ValidationResult.Fail<IPAddress>(ValidationFailure.InvalidCharacters);
        }

        string[] parts = text.Split('.');
        if (parts.Length != 4 || parts.Any(p => p.Length is 0 or > 3 || (p.Length > 1 && p[0] == '0')))
        {
            return ValidationResult.Fail<IPAddress>(ValidationFailure.InvalidFormat);
        }

        var bytes = new byte[4];
        for (int i = 0; i < 4; i++)
        {
            int octet = int.Parse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            if (octet > 255)
            {
                return ValidationResult.Fail<IPAddress>(ValidationFailure.OutOfRange);
            }

            bytes[i] = (byte)octet;
        }

        return ValidationResult.Success(new IPAddress(bytes));
    }

    /// <summary>
    /// Validates an IPv6 address in RFC 4291 text form (with :: compression and an embedded IPv4 tail); zone ids
    /// (%eth0) and brackets are rejected. The value prints in RFC 5952 canonical form (lower case, compressed).
    /// </summary>
    public static ValidationResult<IPAddress> ValidateV6(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<IPAddress>(ValidationFailure.Empty);
        }

        string text = InputText.Fold(input, foldDashes: false);
        if (text.Any(c => !Uri.IsHexDigit(c) && c is not (':' or '.')))
        {
            return ValidationResult.Fail<IPAddress>(ValidationFailure.InvalidCharacters);
        }

        if (!text.Contains(':', StringComparison.Ordinal))
        {
            return ValidationResult.Fail<IPAddress>(ValidationFailure.InvalidFormat);
        }

        int lastColon = text.LastIndexOf(':');
        if (text.Contains('.', StringComparison.Ordinal) && !ValidateV4(text[(lastColon + 1)..]).IsValid)
        {
            return ValidationResult.Fail<IPAddress>(ValidationFailure.InvalidFormat);
        }

        return IPAddress.TryParse(text, out IPAddress? address) && address.AddressFamily == AddressFamily.InterNetworkV6
            ? ValidationResult.Success(address)
            : ValidationResult.Fail<IPAddress>(ValidationFailure.InvalidFormat);
    }

    /// <summary>Validates either family: IPv6 when the text contains a colon, otherwise IPv4.</summary>
    public static ValidationResult<IPAddress> Validate(string? input) =>
        input is not null && InputText.Fold(input, foldDashes: false).Contains(':', StringComparison.Ordinal)
            ? ValidateV6(input)
            : ValidateV4(input);
}
