using System.Globalization;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Tests.Infrastructure.Localization;

public sealed class JapaneseFormatTests
{
    private static readonly CultureInfo s_japanese = CultureInfo.GetCultureInfo("ja");
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Date_Japanese_WritesYearMonthDayWithKanji() =>
        JapaneseFormat.Date(new DateOnly(2026, 11, 22), s_japanese).ShouldBe("2026年11月22日");

    [Fact]
    public void Date_English_WritesIsoDate() =>
        JapaneseFormat.Date(new DateOnly(2026, 1, 5), s_english).ShouldBe("2026-01-05");

    [Fact]
    public void ShortDate_AnyDate_WritesSlashes() =>
        JapaneseFormat.ShortDate(new DateOnly(2026, 1, 5)).ShouldBe("2026/01/05");

    [Theory]
    [InlineData(2026, 11, 22, "令和8年11月22日")]
    [InlineData(2019, 4, 30, "平成31年4月30日")]
    [InlineData(2019, 5, 1, "令和元年5月1日")]
    [InlineData(2019, 12, 31, "令和元年12月31日")]
    [InlineData(2020, 1, 1, "令和2年1月1日")]
    [InlineData(1989, 1, 7, "昭和64年1月7日")]
    [InlineData(1989, 1, 8, "平成元年1月8日")]
    public void EraDate_AcrossEraBoundaries_WritesEraAndGannen(int year, int month, int day, string expected) =>
        JapaneseFormat.EraDate(new DateOnly(year, month, day)).ShouldBe(expected);

    [Fact]
    public void EraDate_ThreadCultureIsEnglish_StillWritesJapaneseEra()
    {
        using (CultureScope.Use(s_english))
        {
            JapaneseFormat.EraDate(new DateOnly(2019, 5, 1)).ShouldBe("令和元年5月1日");
        }
    }

    [Fact]
    public void DocumentDate_EraRequestedInEnglish_FallsBackToWesternDate()
    {
        JapaneseFormat.DocumentDate(new DateOnly(2026, 11, 22), japaneseEra: true, s_japanese).ShouldBe("令和8年11月22日");
        JapaneseFormat.DocumentDate(new DateOnly(2026, 11, 22), japaneseEra: false, s_japanese).ShouldBe("2026年11月22日");
        JapaneseFormat.DocumentDate(new DateOnly(2026, 11, 22), japaneseEra: true, s_english).ShouldBe("2026-11-22");
    }

    [Fact]
    public void DateTime_UtcInstantLateInTheDay_ShowsNextDayInTokyo()
    {
        var instant = new DateTimeOffset(2026, 11, 21, 23, 30, 0, TimeSpan.Zero);

        JapaneseFormat.DateTime(instant, s_japanese).ShouldBe("2026年11月22日 08:30");
        JapaneseFormat.DateTime(instant, s_english).ShouldBe("2026-11-22 08:30");
        JapaneseFormat.ShortDateTime(instant).ShouldBe("2026/11/22 08:30");
        JapaneseFormat.TokyoDate(instant).ShouldBe(new DateOnly(2026, 11, 22));
    }

    [Theory]
    [InlineData(0, "¥0", "0円")]
    [InlineData(1234, "¥1,234", "1,234円")]
    [InlineData(99000, "¥99,000", "99,000円")]
    [InlineData(3000000, "¥3,000,000", "3,000,000円")]
    [InlineData(-7920, "-¥7,920", "-7,920円")]
    public void Yen_Amounts_WriteSignOrSuffixWithGrouping(long amount, string withSign, string withSuffix)
    {
        JapaneseFormat.Yen(amount).ShouldBe(withSign);
        JapaneseFormat.YenWithSuffix(amount).ShouldBe(withSuffix);
    }

    [Fact]
    public void Yen_ThreadCultureUsesOtherSeparators_StillWritesJapaneseGrouping()
    {
        using (CultureScope.Use(CultureInfo.GetCultureInfo("de-DE")))
        {
            JapaneseFormat.Yen(1234567).ShouldBe("¥1,234,567");
        }
    }

    [Theory]
    [InlineData("1234567", "〒123-4567")]
    [InlineData("123-4567", "〒123-4567")]
    [InlineData("〒123-4567", "〒123-4567")]
    [InlineData("１２３－４５６７", "〒123-4567")]
    [InlineData(" 1050011 ", "〒105-0011")]
    [InlineData("12345", "12345")]
    [InlineData("abc-defg", "abc-defg")]
    [InlineData(null, "")]
    public void PostalCode_VariousInputs_FormatsSevenDigitsAndLeavesOthers(string? input, string expected) =>
        JapaneseFormat.PostalCode(input).ShouldBe(expected);

    [Theory]
    [InlineData("03-5555-0123", "03-5555-0123")]
    [InlineData("0355550123", "0355550123")]
    [InlineData(null, "")]
    public void Phone_AnyInput_DisplaysAsGiven(string? input, string expected) =>
        JapaneseFormat.Phone(input).ShouldBe(expected);
}
