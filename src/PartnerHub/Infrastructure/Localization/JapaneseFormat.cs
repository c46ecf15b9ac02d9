using System.Globalization;

namespace PartnerHub.Infrastructure.Localization;

/// <summary>
/// Display formatting for Japanese business documents and screens. Every method takes its culture explicitly
/// (or needs none), so output never depends on the server's or the thread's culture.
/// </summary>
/// <remarks>
/// The yen sign, 円, 〒 and the era names are notation, not translatable UI text: a Japanese amount, postal code or
/// 和暦 date reads the same whatever the UI language, so they live here rather than in a resx file.
/// Era names come from ICU (the app runs without invariant globalization), so a new era needs no code change.
/// </remarks>
public static class JapaneseFormat
{
    private const string YenSign = "¥";
    private const string YenSuffix = "円";
    private const string PostalMark = "〒";

    private static readonly CultureInfo s_japanese = CultureInfo.GetCultureInfo("ja-JP");
    private static readonly CultureInfo s_japaneseEra = CreateJapaneseEraCulture();

    /// <summary>Asia/Tokyo: Japan has had no daylight saving since 1951, but the zone database is the source of truth.</summary>
    public static TimeZoneInfo Tokyo { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>Long western date: 2026年11月22日 in Japanese, 2026-11-22 otherwise.</summary>
    public static string Date(DateOnly date, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return IsJapanese(culture)
            ? date.ToString("yyyy'年'M'月'd'日'", s_japanese)
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Short date for tables and lists in any language: 2026/11/22.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    /// <summary>和暦: 令和8年11月22日, with 元年 for the first year of an era (令和元年5月1日).</summary>
    public static string EraDate(DateOnly date)
    {
        // "gg" is the era name and "y年" triggers .NET's 元年 rule for year 1 of an era on the Japanese calendar.
        return date.ToDateTime(TimeOnly.MinValue).ToString("ggy'年'M'月'd'日'", s_japaneseEra);
    }

    /// <summary>A date in the form a document asks for: 和暦 or the western long date of <paramref name="culture"/>.</summary>
    /// <remarks>和暦 only makes sense in Japanese; an English document always gets the western form.</remarks>
    public static string DocumentDate(DateOnly date, bool japaneseEra, CultureInfo culture) =>
        japaneseEra && IsJapanese(culture) ? EraDate(date) : Date(date, culture);

    /// <summary>The wall-clock time in Tokyo of an instant.</summary>
    public static DateTime ToTokyo(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Tokyo).DateTime;

    /// <summary>The calendar date in Tokyo of an instant (a contract signed at 23:30 UTC is dated the next day in Japan).</summary>
    public static DateOnly TokyoDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToTokyo(instant));

    /// <summary>Long date-time in Tokyo time: 2026年11月22日 14:05 in Japanese, 2026-11-22 14:05 otherwise.</summary>
    public static string DateTime(DateTimeOffset instant, CultureInfo culture)
    {
        DateTime tokyo = ToTokyo(instant);
        return Date(DateOnly.FromDateTime(tokyo), culture) + " " + tokyo.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Short date-time in Tokyo time for tables: 2026/11/22 14:05.</summary>
    public static string ShortDateTime(DateTimeOffset instant) =>
        ToTokyo(instant).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Yen with the sign in front: ¥1,234 (−¥1,234 for a credit).</summary>
    public static string Yen(long amount) =>
        amount < 0 ? "-" + YenSign + Grouped(Math.Abs((decimal)amount)) : YenSign + Grouped(amount);

    /// <summary>Yen with 円 after the number: 1,234円 (−1,234円 for a credit), as in prose and on forms.</summary>
    public static string YenWithSuffix(long amount) => amount.ToString("#,##0", CultureInfo.InvariantCulture) + YenSuffix;

    /// <summary>Postal code with the postal mark: 〒123-4567 from "1234567" or "123-4567" (full-width digits too).</summary>
    /// <returns>The input unchanged when it is not a 7-digit postal code, so a bad value is still visible as entered.</returns>
    public static string PostalCode(string? postalCode)
    {
        if (string.IsNullOrWhiteSpace(postalCode))
        {
            return string.Empty;
        }

        Span<char> digits = stackalloc char[7];
        int count = 0;
        foreach (char c in postalCode.Trim())
        {
            if (c is '-' or '−' or 'ー' or '－' || c == PostalMark[0])
            {
                continue;
            }

            // Full-width digits (０-９) come from Japanese IMEs.
            char digit = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            if (!char.IsAsciiDigit(digit) || count == digits.Length)
            {
                return postalCode;
            }

            digits[count++] = digit;
        }

        return count == digits.Length
            ? string.Concat(PostalMark, digits[..3], "-", digits[3..])
            : postalCode;
    }

    /// <summary>Phone number as the user entered it: normalisation belongs to the Domain, display never rewrites it.</summary>
    public static string Phone(string? phone) => phone?.Trim() ?? string.Empty;

    private static string Grouped(decimal amount) => amount.ToString("#,##0", CultureInfo.InvariantCulture);

    private static bool IsJapanese(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "ja", StringComparison.Ordinal);

    private static CultureInfo CreateJapaneseEraCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return CultureInfo.ReadOnly(culture);
    }
}
