using BenchmarkDotNet.Attributes;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Benchmarks;

/// <summary>Business-day arithmetic over long spans and the SLA clock, on the 004 desk calendar.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly BusinessCalendar Desk = BusinessCalendars.SensorServiceDesk;
    private static readonly DateOnly Start = new(2026, 11, 22);
    private static readonly DateTimeOffset MonthStart = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(9));

    [GlobalSetup]
    public void WarmHolidayCache() => Desk.IsBusinessDay(Start.AddYears(10));

    [Benchmark(Description = "BusinessDaysBetween over 10 years")]
    public int BusinessDaysOverTenYears() => Desk.BusinessDaysBetween(Start, Start.AddYears(10));

    [Benchmark(Description = "AddBusinessDays(+2,450) ≈ 10 years")]
    public DateOnly AddTenYearsOfBusinessDays() => Desk.AddBusinessDays(Start, 2_450);

    [Benchmark(Description = "Holidays of one year, uncached")]
    public int HolidaysOfAYear() => JapaneseHolidays.ByLaw.WithOverrides([]).InYear(2031).Count;

    [Benchmark(Description = "Business time over one month")]
    public TimeSpan BusinessTimeOverAMonth() => Desk.BusinessTimeBetween(MonthStart, MonthStart.AddMonths(1));

    [Benchmark(Description = "Cancel-by 10 renewals deep")]
    public DateOnly CancelByTenRenewalsDeep() => new ContractTimeline(ServicePlanPolicy.SensorService004, new DateOnly(2028, 2, 29)).TermOn(new DateOnly(2038, 6, 1))!.CancelBy;
}
