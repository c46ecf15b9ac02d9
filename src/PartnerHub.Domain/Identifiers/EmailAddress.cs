namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// An e-mail address in the practical subset of RFC 5322 that mail systems actually deliver: a dot-atom local
/// part (no quoted strings or comments), an @, and a DNS host name with at least one dot (no IP literals).
/// ASCII only: internationalised addresses (EAI/IDN in Unicode form) are rejected, since the alert mail
/// relay (004 別紙2: e-mail notices) does not support SMTPUTF8.
/// </summary>
public sealed record EmailAddress
{
    private const string AtomSpecials = "!#$%&'*+/=?^_`{|}~-";

    private EmailAddress(string value)
    {
        Value = value;
    }

    /// <summary>The address with its domain in lower case; the local part keeps its case (RFC 5321 §2.4).</summary>
    public string Value { get; }

    /// <summary>The part after the @.</summary>
    public string Domain => Value[(Value.LastIndexOf('@') + 1)..];

    /// <summary>Validates an address; full-width characters typed by an IME are folded to ASCII first.</summary>
    public static ValidationResult<EmailAddress> Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<EmailAddress>(ValidationFailure.Empty);
        }

        string text = InputText.Fold(input, foldDashes: false);
        if (text.Any(c => c > '\u007E' || char.IsControl(c) || c == ' '))
        {
            return ValidationResult.Fail<EmailAddress>(ValidationFailure.InvalidCharacters);
        }

        int at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text.IndexOf('@', StringComparison.Ordinal) != at)
        {
            return ValidationResult.Fail<EmailAddress>(ValidationFailure.InvalidFormat);
        }

        string local = text[..at];
        string domain = text[(at + 1)..].ToLowerInvariant();
        if (local.Length > 64 || text.Length > 254)
        {
            return ValidationResult.Fail<EmailAddress>(ValidationFailure.TooLong);
        }

        if (!IsDotAtom(local))
        {
            return local.Any(c => !IsAtomChar(c) && c != '.')
                ? ValidationResult.Fail<EmailAddress>(ValidationFailure.InvalidCharacters)
                : ValidationResult.Fail<EmailAddress>(ValidationFailure.InvalidFormat);
        }

        return IsHostName(domain)
            ? ValidationResult.Success(new EmailAddress(local + "@" + domain))
            : ValidationResult.Fail<EmailAddress>(ValidationFailure.InvalidDomain);
    }

    /// <summary>The address.</summary>
    public override string ToString() => Value;

    private static bool IsAtomChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') || AtomSpecials.Contains(c, StringComparison.Ordinal);

    private static bool IsDotAtom(string local) =>
        local.Split('.').All(atom => atom.Length > 0 && atom.All(IsAtomChar));

    private static bool IsHostName(string domain)
    {
        string[] labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(label => label.Length is >= 1 and <= 63
                && label.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
                && label[0] != '-' && label[^1] != '-')
            && !labels[^1].All(InputText.IsAsciiDigit);
    }
}
