using System.Globalization;
using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.Tests.Calendars;

/// <summary>Checked against the Cabinet Office's published holiday lists (内閣府「国民の祝日について」).</summary>
public class JapaneseHolidaysTests
{
    [Theory]
    [Trait("Article", "国民の祝日に関する法律")]
    [InlineData(2025, "01-01 元日,01-13 成人の日,02-11 建国記念の日,02-23 天皇誕生日,02-24 振替休日,03-20 春分の日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,05-06 振替休日,07-21 海の日,08-11 山の日,09-15 敬老の日,09-23 秋分の日,10-13 スポーツの日,11-03 文化の日,11-23 勤労感謝の日,11-24 振替休日")]
    [InlineData(2026, "01-01 元日,01-12 成人の日,02-11 建国記念の日,02-23 天皇誕生日,03-20 春分の日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,05-06 振替休日,07-20 海の日,08-11 山の日,09-21 敬老の日,09-22 国民の休日,09-23 秋分の日,10-12 スポーツの日,11-03 文化の日,11-23 勤労感謝の日")]
    [InlineData(2027, "01-01 元日,01-11 成人の日,02-11 建国記念の日,02-23 天皇誕生日,03-21 春分の日,03-22 振替休日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,07-19 海の日,08-11 山の日,09-20 敬老の日,09-23 秋分の日,10-11 スポーツの日,11-03 文化の日,11-23 勤労感謝の日")]
    [InlineData(2019, "01-01 元日,01-14 成人の日,02-11 建国記念の日,03-21 春分の日,04-29 昭和の日,04-30 国民の休日,05-01 天皇の即位の日,05-02 国民の休日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,05-06 振替休日,07-15 海の日,08-11 山の日,08-12 振替休日,09-16 敬老の日,09-23 秋分の日,10-14 体育の日,10-22 即位礼正殿の儀,11-03 文化の日,11-04 振替休日,11-23 勤労感謝の日")]
    [InlineData(2020, "01-01 元日,01-13 成人の日,02-11 建国記念の日,02-23 天皇誕生日,02-24 振替休日,03-20 春分の日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,05-06 振替休日,07-23 海の日,07-24 スポーツの日,08-10 山の日,09-21 敬老の日,09-22 秋分の日,11-03 文化の日,11-23 勤労感謝の日")]
    [InlineData(2021, "01-01 元日,01-11 成人の日,02-11 建国記念の日,02-23 天皇誕生日,03-20 春分の日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,07-22 海の日,07-23 スポーツの日,08-08 山の日,08-09 振替休日,09-20 敬老の日,09-23 秋分の日,11-03 文化の日,11-23 勤労感謝の日")]
    [InlineData(1989, "01-01 元日,01-02 振替休日,01-15 成人の日,01-16 振替休日,02-11 建国記念の日,02-24 昭和天皇の大喪の礼,03-21 春分の日,04-29 みどりの日,05-03 憲法記念日,05-04 国民の休日,05-05 こどもの日,09-15 敬老の日,09-23 秋分の日,10-10 体育の日,11-03 文化の日,11-23 勤労感謝の日,12-23 天皇誕生日")]
    [InlineData(1948, "09-23 秋分の日,11-03 文化の日,11-23 勤労感謝の日")]
    public void InYear_MatchesThePublishedList(int year, string expected)
    {
        var actual = JapaneseHolidays.ByLaw.InYear(year)
            .Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture) + " " + h.Name);

        string.Join(",", actual).ShouldBe(expected);
    }

    [Fact]
    [Trait("Article", "国民の祝日に関する法律 第3条第2項 (1973)")]
    public void Substitute_FirstEverOn1973April30()
    {
        JapaneseHolidays.ByLaw.Find(new DateOnly(1973, 4, 30))!.Kind.ShouldBe(HolidayKind.Substitute);
        JapaneseHolidays.ByLaw.Find(new DateOnly(1973, 1, 16)).ShouldBeNull();
    }

    [Theory]
    [InlineData(1959, 4, 10, "皇太子明仁親王の結婚の儀")]
    [InlineData(1990, 11, 12, "即位礼正殿の儀")]
    [InlineData(1993, 6, 9, "皇太子徳仁親王の結婚の儀")]
    [InlineData(1988, 4, 29, "天皇誕生日")]
    [InlineData(2018, 12, 23, "天皇誕生日")]
    [InlineData(2006, 4, 29, "みどりの日")]
    [InlineData(2007, 4, 29, "昭和の日")]
    [InlineData(1999, 10, 10, "体育の日")]
    [InlineData(2000, 1, 10, "成人の日")]
    [InlineData(2016, 8, 11, "山の日")]
    public void Find_OnHistoricDates_GivesTheLawsName(int year, int month, int day, string name)
    {
        JapaneseHolidays.ByLaw.Find(new DateOnly(year, month, day))!.Name.ShouldBe(name);
    }

    // 2024 had 21 days off: five Sunday holidays gave substitutes (2/12, 5/6, 8/12, 9/23, 11/4). 2019, the accession
    // year, had 22 and is checked date by date above.
    [Fact]
    public void InYear_FromTheMountainDayOn_HasSixteenToTwentyTwoDaysOffAndNoneTwice()
    {
        foreach (int year in Enumerable.Range(2016, JapaneseHolidays.LastYear - 2015).Where(y => y != 2019))
        {
            var days = JapaneseHolidays.ByLaw.InYear(year);
            days.Count.ShouldBeInRange(16, 22, year.ToString(CultureInfo.InvariantCulture));
            days.Select(d => d.Date).Distinct().Count().ShouldBe(days.Count);
            days.Where(d => d.Kind == HolidayKind.Substitute).ShouldAllBe(d => d.Date.DayOfWeek != DayOfWeek.Sunday);
        }
    }

    [Theory]
    [InlineData(2099, 20, 23)]
    [InlineData(2030, 20, 23)]
    [InlineData(1960, 20, 23)]
    [InlineData(1979, 21, 24)]
    public void EquinoxDays_FollowTheApproximationAcrossItsRanges(int year, int spring, int autumn)
    {
        JapaneseHolidays.VernalEquinoxDay(year).ShouldBe(spring);
        JapaneseHolidays.AutumnalEquinoxDay(year).ShouldBe(autumn);
    }

    [Fact]
    public void WithOverrides_AddsAnAnnouncedHolidayAndDerivesItsSubstitute()
    {
        // A hypothetical special law for a Sunday in 2031.
        var holidays = JapaneseHolidays.ByLaw.WithOverrides([new(new DateOnly(2031, 6, 15), "記念日")]);

        holidays.Find(new DateOnly(2031, 6, 15))!.Name.ShouldBe("記念日");
        holidays.Find(new DateOnly(2031, 6, 16))!.Kind.ShouldBe(HolidayKind.Substitute);
        JapaneseHolidays.ByLaw.IsHoliday(new DateOnly(2031, 6, 16)).ShouldBeFalse();
    }

    [Fact]
    public void InYear_OutsideTheComputedRange_IsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => JapaneseHolidays.ByLaw.InYear(2151));
    }
}
