using System.Text;

namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// Folding of what Japanese users type into the ASCII the validators check: full-width letters and digits
/// (全角), the ideographic space, and the many dash look-alikes IMEs produce (ー, －, ‐, −…) in numbers.
/// Done by table, not by Unicode NFKC, so the result does not depend on the ICU build of the server.
/// </summary>
internal static class InputText
{
    /// <summary>
    /// Full-width ASCII to ASCII, ideographic space to space, trimmed; dash look-alikes to '-' when
    /// <paramref name="foldDashes"/> (numbers only: in an e-mail address 'ー' is a real, invalid character).
    /// </summary>
    public static string Fold(string input, bool foldDashes = true)
    {
        var builder = new StringBuilder(input.Length);
        foreach (char c in input)
        {
            char folded = FoldWidth(c);
            builder.Append(foldDashes ? FoldDash(folded) : folded);
        }

        return builder.ToString().Trim();
    }

    /// <summary>ASCII digit test; char.IsDigit would also accept Arabic-Indic and other scripts' digits.</summary>
    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>True when every character is an ASCII digit (and there is at least one).</summary>
    public static bool AllDigits(string value) => value.Length > 0 && value.All(IsAsciiDigit);

    private static char FoldWidth(char c) => c switch
    {
        // Full-width forms U+FF01..U+FF5E mirror ASCII 0x21..0x7E (U+FF0D becomes '-').
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    private static char FoldDash(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u30FC'
            or '\uFF70' or '\uFE63' => '-',
        _ => c,
    };
}
