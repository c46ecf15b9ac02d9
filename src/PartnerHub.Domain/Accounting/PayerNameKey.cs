using System.Text;
using System.Text.RegularExpressions;

namespace PartnerHub.Domain.Accounting;

/// <summary>
/// A transfer payer's name reduced to the form banks print, so that the half-width kana of a 全銀 file
/// (「ｶ)ｻｸﾗｼｽﾃﾑｽﾞ」), a table entry typed in full-width kana (「カ）サクラシステムズ」) and one typed with the legal form
/// (「株式会社サクラシステムズ」, 「カブシキガイシャ サクラシステムズ」) give the same key.
/// <para>Steps (FORMATS.md §3.5): drop a leading 振込依頼人番号 (digits then a space); NFKC (half-width kana and their
/// separate ﾞﾟ become full-width, full-width letters and digits become ASCII); hiragana to katakana; small kana to
/// large (banks write ｷﾔﾉﾝ for キャノン); every long-vowel or dash form to 「-」 (the bank character set has no ｰ);
/// upper case; spaces, 「・」, 「.」 and 「,」 dropped; then the legal form, written out or abbreviated, becomes the
/// bank abbreviation with its position: 「ｶ)」 in front, 「(ｶ」 behind, 「(ｶ)」 in the middle.</para>
/// </summary>
public sealed partial record PayerNameKey
{
    // Legal forms and the abbreviation banks use (京葉銀行 typing.html, 常陽銀行 attention.html via FORMATS.md §3.5),
    // each with its kanji (「㈱」 is 「(株)」 after NFKC) and kana reading(s), already in the normalised spelling (large kana).
    private static readonly (string Abbreviation, string[] Spellings)[] s_legalForms =
    [
        ("カ", ["株式会社", "(株)", "カブシキガイシヤ", "カブシキカイシヤ"]),
        ("ユ", ["有限会社", "(有)", "ユウゲンガイシヤ", "ユウゲンカイシヤ"]),
        ("メ", ["合名会社", "ゴウメイガイシヤ"]),
        ("シ", ["合資会社", "ゴウシガイシヤ"]),
        ("ド", ["合同会社", "ゴウドウガイシヤ"]),
        ("イ", ["医療法人", "イリヨウホウジン"]),
        ("ザイ", ["一般財団法人", "公益財団法人", "財団法人", "ザイダンホウジン"]),
        ("シヤ", ["一般社団法人", "公益社団法人", "社団法人", "シヤダンホウジン"]),
        ("シユウ", ["宗教法人", "シユウキヨウホウジン"]),
        ("ガク", ["学校法人", "ガツコウホウジン"]),
        ("フク", ["社会福祉法人", "シヤカイフクシホウジン"]),
        ("トクヒ", ["特定非営利活動法人", "トクテイヒエイリカツドウホウジン"]),
        ("ゼイ", ["税理士法人", "ゼイリシホウジン"]),
    ];

    private const string SmallKana = "ァィゥェォッャュョヮヵヶ";
    private const string LargeKana = "アイウエオツヤユヨワカケ";

    private PayerNameKey(string full, string core)
    {
        Full = full;
        Core = core;
    }

    /// <summary>The key with the legal form as the bank abbreviation and its position, e.g. 「カ)サクラシステムズ」.</summary>
    public string Full { get; }

    /// <summary>The key without any legal form, e.g. 「サクラシステムズ」: a weaker match.</summary>
    public string Core { get; }

    /// <summary>The key of <paramref name="name"/>.</summary>
    public static PayerNameKey From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string text = RemitterNumberPrefix().Replace(name, string.Empty, 1);
        text = Canonical(text.Normalize(NormalizationForm.FormKC));
        foreach ((string abbreviation, string[] spellings) in s_legalForms)
        {
            foreach (string spelling in spellings)
            {
                int at = text.IndexOf(spelling, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                string before = text[..at];
                string after = text[(at + spelling.Length)..];
                text = before.Length == 0 ? abbreviation + ")" + after
                    : after.Length == 0 ? before + "(" + abbreviation
                    : before + "(" + abbreviation + ")" + after;
                return new PayerNameKey(text, before + after);
            }
        }

        return new PayerNameKey(text, StripAbbreviation(text));
    }

    /// <inheritdoc />
    public override string ToString() => Full;

    private static string Canonical(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char raw in text)
        {
            char c = raw is >= 'ぁ' and <= 'ゖ' ? (char)(raw + ('ァ' - 'ぁ')) : raw;
            int small = SmallKana.IndexOf(c, StringComparison.Ordinal);
            if (small >= 0)
            {
                c = LargeKana[small];
            }

            switch (c)
            {
                case ' ' or '・' or '.' or ',' or '、' or '。':
                    continue;
                case 'ー' or '－' or '‐' or '−' or '―' or '‒' or '–' or '—':
                    builder.Append('-');
                    break;
                default:
                    builder.Append(char.ToUpperInvariant(c));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string StripAbbreviation(string text)
    {
        foreach ((string abbreviation, _) in s_legalForms)
        {
            string prefix = abbreviation + ")";
            string suffix = "(" + abbreviation;
            string middle = "(" + abbreviation + ")";
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..];
            }

            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return text[..^suffix.Length];
            }

            int at = text.IndexOf(middle, StringComparison.Ordinal);
            if (at > 0)
            {
                return text[..at] + text[(at + middle.Length)..];
            }
        }

        return text;
    }

    // MUFG FAQ 811 (FORMATS.md §3.5): a payer may put a remitter number of up to 10 characters and a space before the name.
    [GeneratedRegex(@"^\s*[0-9０-９]{1,10}[ 　]+")]
    private static partial Regex RemitterNumberPrefix();
}
