namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// A Japanese phone number in national form (leading 0), with its kind and a hyphenated display form.
/// The area-code split of fixed lines is only knowable from the full numbering table (area codes are
/// 2 to 5 digits and share prefixes: 022 Sendai vs 0223 Iwanuma), so <see cref="IsSplitCertain"/> says
/// whether the hyphens are known to be right.
/// </summary>
public sealed record PhoneNumber
{
    // Area codes whose every number uses that code, so a number starting with them splits unambiguously.
    // Deliberately short: a wrong hyphen misleads more than a missing one.
    private static readonly (string Prefix, int AreaLength)[] _knownAreaCodes =
    [
        ("03", 2), // Tokyo 23 wards
        ("06", 2), // Osaka
        ("011", 3), // Sapporo
        ("045", 3), // Yokohama
        ("052", 3), // Nagoya
    ];

    private static readonly string[] _unsupportedPrefixes =
    [
        "00", // carrier selection and international access codes
        "010", // international call prefix
        "020", // pagers and M2M
        "060", // UPT
        "0990", // premium-rate dial Q2
    ];

    private PhoneNumber(string digits, PhoneNumberKind kind, string display, bool isSplitCertain)
    {
        Digits = digits;
        Kind = kind;
        Value = display;
        IsSplitCertain = isSplitCertain;
    }

    /// <summary>The national number, digits only, with the leading 0 (0312345678).</summary>
    public string Digits { get; }

    /// <summary>What kind of number this is.</summary>
    public PhoneNumberKind Kind { get; }

    /// <summary>The hyphenated display form (03-1234-5678, 090-1234-5678, 0120-123-456).</summary>
    public string Value { get; }

    /// <summary>
    /// True when the hyphens follow the real area-code split. False for fixed lines outside the short list of
    /// known area codes: then the split is the one the user typed, or area code and exchange together
    /// before the 4-digit subscriber number (never wrong, only less familiar).
    /// </summary>
    public bool IsSplitCertain { get; }

    /// <summary>The international E.164 form (+81312345678).</summary>
    public string E164 => "+81" + Digits[1..];

    /// <summary>
    /// Validates a Japanese phone number. Accepts hyphens, spaces and parentheses as separators
    /// (03(1234)5678, (03) 1234-5678), full-width digits and dashes, and the international +81 prefix with or
    /// without the trunk 0 in parentheses (+81 (0)3-1234-5678). Numbers of other countries are rejected.
    /// </summary>
    public static ValidationResult<PhoneNumber> Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<PhoneNumber>(ValidationFailure.Empty);
        }

        string folded = InputText.Fold(input);
        if (folded.Any(c => !InputText.IsAsciiDigit(c) && !IsSeparator(c) && c != '+'))
        {
            return ValidationResult.Fail<PhoneNumber>(ValidationFailure.InvalidCharacters);
        }

        if (folded.LastIndexOf('+') > 0)
        {
            return ValidationResult.Fail<PhoneNumber>(ValidationFailure.InvalidFormat);
        }

        bool international = folded[0] == '+';
        string[] groups = folded.TrimStart('+')
            .Split(['-', ' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        string allDigits = string.Concat(groups);
        if (allDigits.Length == 0)
        {
            return ValidationResult.Fail<PhoneNumber>(ValidationFailure.InvalidFormat);
        }

        string national;
        if (international)
        {
            if (!allDigits.StartsWith("81", StringComparison.Ordinal))
            {
                return ValidationResult.Fail<PhoneNumber>(ValidationFailure.UnsupportedNumberRange);
            }

            // "+81 (0)3…" and the common slip "+81 03…" both still carry the trunk 0.
            string rest = allDigits[2..];
            national = rest.StartsWith('0') ? rest : "0" + rest;
        }
        else
        {
            national = allDigits;
        }

        if (national.Length < 2 || national[0] != '0')
        {
            return ValidationResult.Fail<PhoneNumber>(ValidationFailure.InvalidFormat);
        }

        if (_unsupportedPrefixes.Any(p => national.StartsWith(p, StringComparison.Ordinal)))
        {
            return ValidationResult.Fail<PhoneNumber>(ValidationFailure.UnsupportedNumberRange);
        }

        (PhoneNumberKind kind, int length, int[] split) = Classify(national);
        if (national.Length != length)
        {
            return ValidationResult.Fail<PhoneNumber>(ValidationFailure.WrongLength);
        }

        if (kind != PhoneNumberKind.FixedLine)
        {
            return ValidationResult.Success(new PhoneNumber(national, kind, Hyphenate(national, split), true));
        }

        foreach ((string prefix, int areaLength) in _knownAreaCodes)
        {
            if (national.StartsWith(prefix, StringComparison.Ordinal))
            {
                int[] known = [areaLength, 10 - areaLength - 4, 4];
                return ValidationResult.Success(new PhoneNumber(national, kind, Hyphenate(national, known), true));
            }
        }

        // The user usually knows their own area code; trust a plausible split they typed.
        bool typedSplitPlausible = !international && groups.Length == 3 && groups[2].Length == 4
            && groups[0].Length is >= 2 and <= 5 && groups[1].Length >= 1;
        int[] fallback = typedSplitPlausible ? [groups[0].Length, groups[1].Length, 4] : [6, 4];
        return ValidationResult.Success(new PhoneNumber(national, kind, Hyphenate(national, fallback), false));
    }

    /// <summary>The display form.</summary>
    public override string ToString() => Value;

    private static bool IsSeparator(char c) => c is '-' or ' ' or '(' or ')';

    private static (PhoneNumberKind Kind, int Length, int[] Split) Classify(string national)
    {
        if (national.StartsWith("0120", StringComparison.Ordinal))
        {
            return (PhoneNumberKind.TollFree, 10, [4, 3, 3]);
        }

        if (national.StartsWith("0800", StringComparison.Ordinal))
        {
            return (PhoneNumberKind.TollFree, 11, [4, 3, 4]);
        }

        if (national.StartsWith("0570", StringComparison.Ordinal))
        {
            return (PhoneNumberKind.NavigationDial, 10, [4, 3, 3]);
        }

        if (national.StartsWith("050", StringComparison.Ordinal))
        {
            return (PhoneNumberKind.IpPhone, 11, [3, 4, 4]);
        }

        if (national.StartsWith("070", StringComparison.Ordinal) || national.StartsWith("080", StringComparison.Ordinal)
            || national.StartsWith("090", StringComparison.Ordinal))
        {
            return (PhoneNumberKind.Mobile, 11, [3, 4, 4]);
        }

        return (PhoneNumberKind.FixedLine, 10, []);
    }

    private static string Hyphenate(string digits, int[] split)
    {
        var parts = new List<string>(split.Length);
        int start = 0;
        foreach (int length in split)
        {
            parts.Add(digits.Substring(start, length));
            start += length;
        }

        return string.Join('-', parts);
    }
}
