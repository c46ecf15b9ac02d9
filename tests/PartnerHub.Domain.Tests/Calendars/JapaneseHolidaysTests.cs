using System.Globalization;
using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.Tests.Calendars;

/// <summary>Checked against the Cabinet Office's published holiday lists (内閣府「国民の祝日について」).</summary>
public class JapaneseHolidaysTests
{
    private static readonly JapaneseHolidays Law = JapaneseHolidays.ByLaw;

    private static string List(int year) => string.Join(",", Law.InYear(year)
        .Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture) + " " + h.Name));

    [Theory]
    [Trait("Article", "国民の祝日に関する法律")]
    [InlineData(2025, "01-01 元日,01-13 成人の日,02-11 建国記念の日,02-23 天皇誕生日,02-24 振替休日,03-20 春分の日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,05-06 振替休日,07-21 海の日,08-11 山の日,09-15 敬老の日,09-23 秋分の日,10-13 スポーツの日,11-03 文化の日,11-23 勤労感謝の日,11-24 振替休日")]
    [InlineData(2026, "01-01 元日,01-12 成人の日,02-11 建国記念の日,02-23 天皇誕生日,03-20 春分の日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,05-06 振替休日,07-20 海の日,08-11 山の日,09-21 敬老の日,09-22 国民の休日,09-23 秋分の日,10-12 スポーツの日,11-03 文化の日,11-23 勤労感謝の日")]
    [InlineData(2027, "01-01 元日,01-11 成人の日,02-11 建国記念の日,02-23 天皇誕生日,03-21 春分の日,03-22 振替休日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,07-19 海の日,08-11 山の日,09-20 敬老の日,09-23 秋分の日,10-11 スポーツの日,11-03 文化の日,11-23 勤労感謝の日")]
    public void InYear_CurrentYears_MatchTheCabinetOfficeListInFull(int year, string expected)
    {
        List(year).ShouldBe(expected);
    }

    [Theory]
    [Trait("Article", "国民の祝日に関する法律; 平成30年法律第99号 (即位); 東京オリンピック・パラリンピック特措法")]
    [InlineData(1988, "01-01 元日,01-15 成人の日,02-11 建国記念の日,03-20 春分の日,03-21 振替休日,04-29 天皇誕生日,05-03 憲法記念日,05-04 国民の休日,05-05 こどもの日,09-15 敬老の日,09-23 秋分の日,10-10 体育の日,11-03 文化の日,11-23 勤労感謝の日")]
    [InlineData(1989, "01-01 元日,01-02 振替休日,01-15 成人の日,01-16 振替休日,02-11 建国記念の日,02-24 昭和天皇の大喪の礼,03-21 春分の日,04-29 みどりの日,05-03 憲法記念日,05-04 国民の休日,05-05 こどもの日,09-15 敬老の日,09-23 秋分の日,10-10 体育の日,11-03 文化の日,11-23 勤労感謝の日,12-23 天皇誕生日")]
    [InlineData(2019, "01-01 元日,01-14 成人の日,02-11 建国記念の日,03-21 春分の日,04-29 昭和の日,04-30 国民の休日,05-01 天皇の即位の日,05-02 国民の休日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,05-06 振替休日,07-15 海の日,08-11 山の日,08-12 振替休日,09-16 敬老の日,09-23 秋分の日,10-14 体育の日,10-22 即位礼正殿の儀,11-03 文化の日,11-04 振替休日,11-23 勤労感謝の日")]
    [InlineData(2020, "01-01 元日,01-13 成人の日,02-11 建国記念の日,02-23 天皇誕生日,02-24 振替休日,03-20 春分の日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,05-06 振替休日,07-23 海の日,07-24 スポーツの日,08-10 山の日,09-21 敬老の日,09-22 秋分の日,11-03 文化の日,11-23 勤労感謝の日")]
    [InlineData(2021, "01-01 元日,01-11 成人の日,02-11 建国記念の日,02-23 天皇誕生日,03-20 春分の日,04-29 昭和の日,05-03 憲法記念日,05-04 みどりの日,05-05 こどもの日,07-22 海の日,07-23 スポーツの日,08-08 山の日,08-09 振替休日,09-20 敬老の日,09-23 秋分の日,11-03 文化の日,11-23 勤労感謝の日")]
    [InlineData(1948, "09-23 秋分の日,11-03 文化の日,11-23 勤労感謝の日")]
    public void InYear_HistoricYears_MatchThePublishedList(int year, string expected)
    {
        List(year).ShouldBe(expected);
    }

    [Theory]
    [Trait("Article", "国民の祝日に関する法律")]
    [InlineData(1988, 14)]
    [InlineData(1989, 17)]
    [InlineData(2019, 22)]
    [InlineData(2020, 18)]
    [InlineData(2021, 17)]
    [InlineData(2024, 21)]
    [InlineData(2025, 19)]
    [InlineData(2026, 18)]
    [InlineData(2027, 17)]
    public void InYear_DaysOffPerYear_MatchThePublishedCount(int year, int count)
    {
        Law.InYear(year).Count.ShouldBe(count);
    }

    [Fact]
    [Trait("Article", "国民の祝日に関する法律 第3条第2項")]
    public void Substitute_FirstEverOn1973April30_NoneBeforeTheAmendment()
    {
        Law.Find(new DateOnly(1973, 4, 30))!.Kind.ShouldBe(HolidayKind.Substitute);
        // 1973-02-11 was a Sunday before the amendment of 1973-04-12.
        Law.IsHoliday(new DateOnly(1973, 2, 12)).ShouldBeFalse();
    }

    [Theory]
    [Trait("Article", "国民の祝日に関する法律 第3条第2項")]
    [InlineData(2008, 5, 6)]  // 5/4 (Sun) みどりの日 → first day after 5/5 (2007 rule)
    [InlineData(2014, 5, 6)]
    [InlineData(2015, 5, 6)]  // 5/3 (Sun) → 5/6
    [InlineData(1992, 5, 4)]  // old rule: the next day only
    public void Substitute_AfterASundayHoliday_IsTheNextNonHoliday(int year, int month, int day)
    {
        Law.Find(new DateOnly(year, month, day))!.Kind.ShouldBe(HolidayKind.Substitute);
    }

    [Fact]
    [Trait("Article", "国民の祝日に関する法律 第3条第2項 (1973–2006)")]
    public void Substitute_BeforeTheNewRule_IsNotPushedPastAHoliday()
    {
        // 2003-05-04 was a Sunday: the next day 5/5 is a holiday itself, so no substitute on 5/6 under the old rule.
        Law.IsHoliday(new DateOnly(2003, 5, 6)).ShouldBeFalse();
    }

    [Theory]
    [Trait("Article", "国民の祝日に関する法律 第3条第3項")]
    [InlineData(1988, 5, 4)]
    [InlineData(2009, 9, 22)]
    [InlineData(2015, 9, 22)]
    [InlineData(2026, 9, 22)]
    [InlineData(2032, 9, 21)]
    public void CitizensHoliday_BetweenTwoHolidays_IsADayOff(int year, int month, int day)
    {
        Law.Find(new DateOnly(year, month, day))!.ShouldBe(new Holiday(new DateOnly(year, month, day), "国民の休日", HolidayKind.Citizens));
    }

    [Fact]
    [Trait("Article", "国民の祝日に関する法律 第3条第3項 (1985-12-27)")]
    public void CitizensHoliday_BeforeTheAmendment_DoesNotExist()
    {
        // 1985-05-04 (Sat) lay between two holidays before the rule existed.
        Law.IsHoliday(new DateOnly(1985, 5, 4)).ShouldBeFalse();
    }

    [Theory]
    [Trait("Article", "国民の祝日に関する法律")]
    [InlineData(1959, 4, 10, "皇太子明仁親王の結婚の儀")]
    [InlineData(1990, 11, 12, "即位礼正殿の儀")]
    [InlineData(1993, 6, 9, "皇太子徳仁親王の結婚の儀")]
    [InlineData(1988, 4, 29, "天皇誕生日")]
    [InlineData(1989, 4, 29, "みどりの日")]
    [InlineData(2018, 12, 23, "天皇誕生日")]
    [InlineData(2006, 4, 29, "みどりの日")]
    [InlineData(2007, 4, 29, "昭和の日")]
    [InlineData(2007, 5, 4, "みどりの日")]
    [InlineData(1996, 7, 20, "海の日")]
    [InlineData(2003, 7, 21, "海の日")]
    [InlineData(2003, 9, 15, "敬老の日")]
    [InlineData(1999, 10, 10, "体育の日")]
    [InlineData(2019, 10, 14, "体育の日")]
    [InlineData(2022, 10, 10, "スポーツの日")]
    [InlineData(2000, 1, 10, "成人の日")]
    [InlineData(2016, 8, 11, "山の日")]
    [InlineData(1967, 2, 11, "建国記念の日")]
    [InlineData(1966, 9, 15, "敬老の日")]
    [InlineData(2020, 2, 23, "天皇誕生日")]
    public void Find_OnHistoricDates_GivesTheLawsName(int year, int month, int day, string name)
    {
        Law.Find(new DateOnly(year, month, day))!.Name.ShouldBe(name);
    }

    [Theory]
    [Trait("Article", "国民の祝日に関する法律")]
    [InlineData(1948, 1, 1)]   // before the Act came into force (1948-07-20)
    [InlineData(1966, 2, 11)]  // 建国記念の日 from 1967
    [InlineData(1995, 7, 20)]  // 海の日 from 1996
    [InlineData(2015, 8, 11)]  // 山の日 from 2016
    [InlineData(2019, 12, 23)] // no 天皇誕生日 in 2019
    [InlineData(2019, 2, 23)]
    [InlineData(2020, 8, 11)]  // moved to 8/10 for the Olympics
    [InlineData(2021, 10, 11)] // moved to 7/23
    public void IsHoliday_OutsideAHolidaysYears_IsFalse(int year, int month, int day)
    {
        Law.IsHoliday(new DateOnly(year, month, day)).ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "国民の祝日に関する法律 第2条")]
    public void InYear_FromTheMountainDayOn_HasFourteenToSeventeenNationalHolidays()
    {
        for (int year = 2016; year <= JapaneseHolidays.LastYear; year++)
        {
            var national = Law.InYear(year).Count(h => h.Kind == HolidayKind.NationalHoliday);
            national.ShouldBeInRange(14, 17, year.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    [Trait("Article", "国民の祝日に関する法律 第3条")]
    public void InYear_EveryYear_HasDistinctDatesNoSubstituteOnAHolidayOrSundayAndSortedOrder()
    {
        for (int year = JapaneseHolidays.FirstYear; year <= JapaneseHolidays.LastYear; year++)
        {
            var days = Law.InYear(year);
            var label = year.ToString(CultureInfo.InvariantCulture);
            days.Select(d => d.Date).Distinct().Count().ShouldBe(days.Count, label);
            days.Select(d => d.Date).ShouldBe(days.Select(d => d.Date).Order(), label);
            days.ShouldAllBe(d => d.Date.Year == year);
            foreach (var substitute in days.Where(d => d.Kind == HolidayKind.Substitute))
            {
                substitute.Date.DayOfWeek.ShouldNotBe(DayOfWeek.Sunday, label);
                // The day before a substitute is a holiday (the Sunday or the chain after it).
                Law.IsHoliday(substitute.Date.AddDays(-1)).ShouldBeTrue(label);
            }

            foreach (var citizens in days.Where(d => d.Kind == HolidayKind.Citizens))
            {
                Law.Find(citizens.Date.AddDays(-1))!.Kind.ShouldBe(HolidayKind.NationalHoliday, label);
                Law.Find(citizens.Date.AddDays(1))!.Kind.ShouldBe(HolidayKind.NationalHoliday, label);
            }
        }
    }

    [Fact]
    [Trait("Article", "国民の祝日に関する法律 第3条第2項")]
    public void InYear_EverySundayHolidaySince1973_HasASubstitute()
    {
        for (int year = 1974; year <= JapaneseHolidays.LastYear; year++)
        {
            foreach (var sunday in Law.InYear(year).Where(h => h.Kind == HolidayKind.NationalHoliday && h.Date.DayOfWeek == DayOfWeek.Sunday))
            {
                var day = sunday.Date.AddDays(1);
                while (Law.Find(day) is { Kind: HolidayKind.NationalHoliday })
                {
                    day = day.AddDays(1);
                }

                bool oldRuleBlocked = year < 2007 && day != sunday.Date.AddDays(1);
                if (!oldRuleBlocked)
                {
                    Law.Find(day)!.Kind.ShouldBe(HolidayKind.Substitute, sunday.Date.ToString("O", CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [Theory]
    [Trait("Article", "春分日・秋分日 (国立天文台 暦要項)")]
    [InlineData(1948, 21, 23)]
    [InlineData(1960, 20, 23)]
    [InlineData(1979, 21, 24)]
    [InlineData(2012, 20, 22)]
    [InlineData(2025, 20, 23)]
    [InlineData(2027, 21, 23)]
    [InlineData(2030, 20, 23)]
    [InlineData(2099, 20, 23)]
    [InlineData(2100, 20, 23)]
    [InlineData(2150, 21, 23)]
    public void EquinoxDays_FollowTheApproximationAcrossItsRanges(int year, int spring, int autumn)
    {
        JapaneseHolidays.VernalEquinoxDay(year).ShouldBe(spring);
        JapaneseHolidays.AutumnalEquinoxDay(year).ShouldBe(autumn);
    }

    [Fact]
    public void WithOverrides_AddsAnAnnouncedHolidayAndDerivesItsSubstitute()
    {
        // A hypothetical special law for a Sunday in 2031.
        var holidays = Law.WithOverrides([HolidayOverride.Add(new DateOnly(2031, 6, 15), "記念日")]);

        holidays.Find(new DateOnly(2031, 6, 15))!.Name.ShouldBe("記念日");
        holidays.Find(new DateOnly(2031, 6, 16))!.Kind.ShouldBe(HolidayKind.Substitute);
        Law.IsHoliday(new DateOnly(2031, 6, 16)).ShouldBeFalse();
    }

    [Fact]
    public void WithOverrides_MovingAnEquinox_RemovesTheOldDayAndItsSubstitute()
    {
        // 2027-03-21 (Sun) gives 3/22; if the observatory announced 3/20 instead, both go and 3/20 (Sat) comes.
        var holidays = Law.WithOverrides([HolidayOverride.Remove(new DateOnly(2027, 3, 21)), HolidayOverride.Add(new DateOnly(2027, 3, 20), "春分の日")]);

        holidays.IsHoliday(new DateOnly(2027, 3, 21)).ShouldBeFalse();
        holidays.IsHoliday(new DateOnly(2027, 3, 22)).ShouldBeFalse();
        holidays.Find(new DateOnly(2027, 3, 20))!.Name.ShouldBe("春分の日");
        holidays.Overrides.Count.ShouldBe(2);
    }

    [Fact]
    public void WithOverrides_ANewHolidayBetweenTwo_CreatesACitizensHoliday()
    {
        // A special holiday on Wed 2030-05-01 leaves Thu 5/2 between it and 5/3.
        var holidays = Law.WithOverrides([new KeyValuePair<DateOnly, string?>(new DateOnly(2030, 5, 1), "特別の休日")]);

        holidays.Find(new DateOnly(2030, 5, 2))!.Kind.ShouldBe(HolidayKind.Citizens);
    }

    [Fact]
    public void Between_AcrossYears_ListsInOrder()
    {
        Law.Between(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 31)).Select(h => h.Date)
            .ShouldBe([new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 11)]);
    }

    [Theory]
    [InlineData(1947)]
    [InlineData(2151)]
    public void InYear_OutsideTheComputedRange_IsRefusedWithAReason(int year)
    {
        Should.Throw<RuleViolationException>(() => Law.InYear(year)).Reason.ShouldBe(RuleViolation.YearOutOfRange);
    }

    [Fact]
    public void InYear_FromManyThreads_ComputesOneConsistentTable()
    {
        var fresh = Law.WithOverrides(Array.Empty<HolidayOverride>());
        var lists = new IReadOnlyList<Holiday>[16];
        Parallel.For(0, lists.Length, i => lists[i] = fresh.InYear(2040));

        lists.ShouldAllBe(l => ReferenceEquals(l, lists[0]));
    }
}
