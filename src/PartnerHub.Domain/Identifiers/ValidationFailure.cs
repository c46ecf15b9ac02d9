namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// Why an identifier was rejected. One shared code list for every validator so the UI maps each code to one
/// localised message (resx), instead of the Domain producing Japanese or English text.
/// </summary>
public enum ValidationFailure
{
    /// <summary>Nothing was entered (null, empty or only spaces).</summary>
    Empty,

    /// <summary>A character that the identifier never contains (letters in a postal code, a zone id in an IP address…).</summary>
    InvalidCharacters,

    /// <summary>The right characters, but too few or too many digits.</summary>
    WrongLength,

    /// <summary>The characters are allowed but are not arranged as the identifier's format requires.</summary>
    InvalidFormat,

    /// <summary>The check digit does not match the other digits.</summary>
    InvalidCheckDigit,

    /// <summary>A required prefix is absent (the "T" of an invoice registration number).</summary>
    MissingPrefix,

    /// <summary>A phone number in a range we do not accept as a contact number (00 carrier codes, 020 M2M, 060…).</summary>
    UnsupportedNumberRange,

    /// <summary>A numeric part is outside its range (an IPv4 octet above 255, a prefix length above 32 or 128).</summary>
    OutOfRange,

    /// <summary>A CIDR block whose address has bits set after the prefix: not a network address.</summary>
    HostBitsSet,

    /// <summary>Longer than the format allows (e-mail: 64 characters before the @, 254 in total).</summary>
    TooLong,

    /// <summary>The domain part of an e-mail address is not a valid host name.</summary>
    InvalidDomain,
}
