namespace PartnerHub.Domain.Calendars;

/// <summary>The business calendars of the seed terms of service.</summary>
public static class BusinessCalendars
{
    /// <summary>Year-end/new-year closure, Dec 28 – Jan 4 (004 別紙3 §2).</summary>
    public static AnnualClosure YearEnd { get; } = new(12, 28, 1, 4);

    /// <summary>
    /// The escalation desks of 004 別紙3 §2: weekdays 9:00–17:00, closed on national holidays and Dec 28 – Jan 4.
    /// Also the partners' first-line desk hours.
    /// </summary>
    public static BusinessCalendar SensorServiceDesk { get; } =
        new("004", [new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0))], [YearEnd]);

    /// <summary>002 §2-1-7: business days exclude Aug 15 and the year end as well.</summary>
    public static BusinessCalendar ChamberUtm { get; } =
        new("002", [new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0))], [YearEnd, new AnnualClosure(8, 15, 8, 15)]);

    /// <summary>001 §12: 9:30–12:00 and 13:00–17:30 on business days.</summary>
    public static BusinessCalendar ConsultationDesk { get; } =
        new("001", [new WorkingHours(new TimeOnly(9, 30), new TimeOnly(12, 0)), new WorkingHours(new TimeOnly(13, 0), new TimeOnly(17, 30))], [YearEnd]);

    /// <summary>000 §12: 10:00–17:00 on business days.</summary>
    public static BusinessCalendar ThreatSharing { get; } =
        new("000", [new WorkingHours(new TimeOnly(10, 0), new TimeOnly(17, 0))], [YearEnd]);
}
