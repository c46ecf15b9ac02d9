namespace PartnerHub.Domain.Calendars;

/// <summary>The business calendars of the seed terms of service, as data.</summary>
public static class BusinessCalendars
{
    /// <summary>Year-end/new-year closure, Dec 28 – Jan 4 (004 別紙3 §2: 休日は…年末年始 12/28-1/4).</summary>
    public static AnnualClosure YearEnd { get; } = new(12, 28, 1, 4);

    /// <summary>Aug 15, closed under 002 §2-1-7 (営業日は…8月15日を除く日).</summary>
    public static AnnualClosure August15 { get; } = AnnualClosure.On(8, 15);

    /// <summary>
    /// The escalation desks of 004 別紙3 §2: weekdays 9:00–17:00, closed on national holidays and Dec 28 – Jan 4.
    /// Also the partners' first-line desk hours.
    /// </summary>
    public static BusinessCalendar SensorServiceDesk { get; } =
        new("004", [new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0))], [YearEnd]);

    /// <summary>
    /// 002 §2-1-7: business days exclude weekends, holidays under the Act, the year end and Aug 15; the seed does not
    /// date the year end, so the 004 range (Dec 28 – Jan 4) is used. Hours are the 相談窓口's 平日9:00～18:00 (002 §4-1-2).
    /// </summary>
    public static BusinessCalendar ChamberUtm { get; } =
        new("002", [new WorkingHours(new TimeOnly(9, 0), new TimeOnly(18, 0))], [YearEnd, August15]);

    /// <summary>001 §12-3: 9:30–12:00 and 13:00–17:30, except weekends, holidays and the year end.</summary>
    public static BusinessCalendar ConsultationDesk { get; } =
        new("001", [new WorkingHours(new TimeOnly(9, 30), new TimeOnly(12, 0)), new WorkingHours(new TimeOnly(13, 0), new TimeOnly(17, 30))], [YearEnd]);

    /// <summary>
    /// 000 §12-2: the system staff answer on weekdays (平日, read as excluding national holidays) 10:00–17:00; the seed
    /// names no year-end closure, so none is set (the information service itself runs 24/365, §12-1).
    /// </summary>
    public static BusinessCalendar ThreatSharing { get; } =
        new("000", [new WorkingHours(new TimeOnly(10, 0), new TimeOnly(17, 0))]);

    /// <summary>The calendar of a seed by its code (004, 002, 001, 000); null for an unknown code.</summary>
    public static BusinessCalendar? ForSeed(string code) => code switch
    {
        "004" => SensorServiceDesk,
        "002" => ChamberUtm,
        "001" => ConsultationDesk,
        "000" => ThreatSharing,
        _ => null,
    };
}
