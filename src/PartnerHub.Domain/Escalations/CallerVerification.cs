using System.Text;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Escalations;

/// <summary>
/// The identity check made on every inquiry: only the customer's one registered service contact may ask (004 §5-1,
/// 別紙3 §2-3). The caller is <see cref="CallerVerificationStatus.Verified"/> when the name matches and the evidence
/// the <see cref="Method"/> relies on matches too: the phone for a callback, a caller-ID match or another method, the
/// e-mail address for an e-mail from the registered address.
/// </summary>
public sealed record CallerVerification
{
    /// <summary>Builds a verification as stored (for mapping); use <see cref="Check"/> to verify a caller.</summary>
    public CallerVerification(string callerName, string? callerPhone, string? callerEmail, VerificationMethod method, bool nameMatches,
        bool evidenceMatches, DateTimeOffset at, string by, string? note)
    {
        CallerName = callerName;
        CallerPhone = callerPhone;
        CallerEmail = callerEmail;
        Method = method;
        NameMatches = nameMatches;
        EvidenceMatches = evidenceMatches;
        At = at;
        By = by;
        Note = note;
    }

    /// <summary>The name the caller gave.</summary>
    public string CallerName { get; init; }

    /// <summary>The phone number the caller gave or called from.</summary>
    public string? CallerPhone { get; init; }

    /// <summary>The e-mail address the inquiry came from.</summary>
    public string? CallerEmail { get; init; }

    /// <summary>How the identity was checked.</summary>
    public VerificationMethod Method { get; init; }

    /// <summary>Whether the name matched the registered contact's (spaces ignored).</summary>
    public bool NameMatches { get; init; }

    /// <summary>Whether the phone or e-mail the method relies on matched the registered one.</summary>
    public bool EvidenceMatches { get; init; }

    /// <summary>When it was checked.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Who checked (staff user).</summary>
    public string By { get; init; }

    /// <summary>Free text, e.g. how an <see cref="VerificationMethod.Other"/> check was made.</summary>
    public string? Note { get; init; }

    /// <summary>The outcome.</summary>
    public CallerVerificationStatus Status =>
        NameMatches && EvidenceMatches ? CallerVerificationStatus.Verified : CallerVerificationStatus.Unregistered;

    /// <summary>Whether the inquiry may be worked under <paramref name="policy"/>.</summary>
    public bool CanProceed(UnregisteredCallerPolicy policy) =>
        Status == CallerVerificationStatus.Verified || policy == UnregisteredCallerPolicy.ProceedFlagged;

    /// <summary>Compares a caller with <paramref name="registered"/>, the customer's registered contact.</summary>
    public static CallerVerification Check(ServiceContact registered, string callerName, string? callerPhone, string? callerEmail,
        VerificationMethod method, DateTimeOffset at, string by, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(registered);
        bool nameMatches = NamesMatch(registered.Name, callerName) || NamesMatch(registered.NameKana, callerName);
        bool evidence = method == VerificationMethod.EmailFromRegisteredAddress
            ? EmailsMatch(registered.Email, callerEmail)
            : PhonesMatch(registered.Phone, callerPhone);
        return new CallerVerification(callerName ?? string.Empty, callerPhone, callerEmail, method, nameMatches, evidence, at, by, note);
    }

    /// <summary>
    /// A name for comparison: full-width letters folded to ASCII, every space (ASCII and the ideographic U+3000)
    /// removed, so 「山田　太郎」, "山田 太郎" and "山田太郎" compare equal.
    /// </summary>
    public static string NormaliseName(string? name)
    {
        var builder = new StringBuilder();
        foreach (char c in InputText.Fold(name ?? string.Empty, foldDashes: false))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A phone number for comparison: trimmed, full-width digits folded, spaces, hyphens (and their look-alikes) and
    /// parentheses removed, and +81 turned into the national 0 form.
    /// </summary>
    public static string NormalisePhone(string? phone)
    {
        var builder = new StringBuilder();
        foreach (char c in InputText.Fold(phone ?? string.Empty))
        {
            if (c is not (' ' or '-' or '(' or ')'))
            {
                builder.Append(c);
            }
        }

        string digits = builder.ToString();
        if (digits.StartsWith("+81", StringComparison.Ordinal))
        {
            // +81 (0)3-… and +81 3-… both mean 03-….
            digits = digits[3..];
            digits = digits.StartsWith('0') ? digits : "0" + digits;
        }

        return digits;
    }

    private static bool NamesMatch(string? registered, string? caller)
    {
        string a = NormaliseName(registered);
        return a.Length > 0 && string.Equals(a, NormaliseName(caller), StringComparison.OrdinalIgnoreCase);
    }

    private static bool PhonesMatch(string? registered, string? caller)
    {
        string a = NormalisePhone(registered);
        return a.Length > 0 && string.Equals(a, NormalisePhone(caller), StringComparison.Ordinal);
    }

    private static bool EmailsMatch(string? registered, string? caller)
    {
        string a = InputText.Fold(registered ?? string.Empty, foldDashes: false);
        return a.Length > 0 && string.Equals(a, InputText.Fold(caller ?? string.Empty, foldDashes: false), StringComparison.OrdinalIgnoreCase);
    }
}
