using BenchmarkDotNet.Attributes;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Benchmarks;

/// <summary>Business-day arithmetic over long spans, holiday generation, the SLA clock and cancel-by dates, on the 004 calendar.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly BusinessCalendar Desk = BusinessCalendars.SensorServiceDesk;
    private static readonly DateOnly Start = new(2026, 11, 22);
    private static readonly DateTimeOffset MonthStart = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(9));
    private static readonly TimeInterval[] Pauses =
    [
        new(new DateTimeOffset(2026, 11, 5, 10, 0, 0, TimeSpan.FromHours(9)), new DateTimeOffset(2026, 11, 6, 15, 0, 0, TimeSpan.FromHours(9))),
        new(new DateTimeOffset(2026, 11, 18, 13, 0, 0, TimeSpan.FromHours(9)), new DateTimeOffset(2026, 11, 18, 16, 0, 0, TimeSpan.FromHours(9))),
    ];

    [GlobalSetup]
    public void WarmCaches() => Desk.BusinessDaysBetween(Start.AddYears(-11), Start.AddYears(11));

    [Benchmark(Description = "BusinessDaysBetween over 10 years")]
    public int BusinessDaysOverTenYears() => Desk.BusinessDaysBetween(Start, Start.AddYears(10));

    [Benchmark(Description = "AddBusinessDays(+2,450) ≈ 10 years")]
    public DateOnly AddTenYearsOfBusinessDays() => Desk.AddBusinessDays(Start, 2_450);

    [Benchmark(Description = "AddBusinessDays(-2,450) ≈ 10 years back")]
    public DateOnly SubtractTenYearsOfBusinessDays() => Desk.AddBusinessDays(Start, -2_450);

    [Benchmark(Description = "Holidays of one year, uncached")]
    public int HolidaysOfAYear() => JapaneseHolidays.ByLaw.WithOverrides(Array.Empty<HolidayOverride>()).InYear(2031).Count;

    [Benchmark(Description = "Business days of one year, uncached calendar")]
    public bool BusinessDaysOfAYear() => Desk.WithClosedDates([]).IsBusinessDay(new DateOnly(2031, 6, 1));

    [Benchmark(Description = "Business time over one month, 2 pauses")]
    public TimeSpan BusinessTimeOverAMonth() => Desk.BusinessTimeBetween(MonthStart, MonthStart.AddMonths(1), Pauses);

    [Benchmark(Description = "Cancel-by 10 renewals deep (leap-day start)")]
    public DateOnly CancelByTenRenewalsDeep() => new ContractTimeline(ServicePlanPolicy.SensorService004, new DateOnly(2028, 2, 29)).TermOn(new DateOnly(2038, 6, 1))!.CancelBy;

    [Benchmark(Description = "Cancel-by 10 renewals deep (002, rolled back)")]
    public DateOnly CancelByTenRenewalsDeep002() => new ContractTimeline(ServicePlanPolicy.ChamberUtm002, new DateOnly(2026, 12, 7)).Term(11).CancelBy;
}
