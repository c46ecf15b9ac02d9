using System.ComponentModel.DataAnnotations;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Calendars;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>Receivables and dunning (section <c>Billing:Payments</c>).</summary>
public sealed class PaymentsOptions : IValidatableObject
{
    public const string Section = "Billing:Payments";

    /// <summary>
    /// Whether an imported transfer matched to one partner (name and amount) is allocated to its open invoices at once,
    /// earliest due first. Off: finance allocates every payment by hand.
    /// </summary>
    public bool AllocateMatchedImports { get; set; } = true;

    /// <summary>The business calendar due dates and overdue days are read on, by seed code (004, 002, 001, 000).</summary>
    public string CalendarSeed { get; set; } = "004";

    /// <summary>Whether the daily job sends reminders for overdue invoices (the button on the dunning page works either way).</summary>
    public bool DunningEnabled { get; set; } = true;

    /// <summary>The stages when none are configured.</summary>
    public static IReadOnlyList<int> DefaultDunningStageDays { get; } = [1, 14, 30];

    /// <summary>
    /// Days overdue at which an invoice gets a reminder, one per stage; empty means <see cref="DefaultDunningStageDays"/>. (Not
    /// initialised with the default: the configuration binder appends to an array's existing elements instead of replacing them.)
    /// </summary>
    public int[] DunningStageDays { get; set; } = [];

    /// <summary>
    /// Whether the same job sends partners' reminders to their customers about overdue retail invoices (only partners that bill their
    /// customers through the hub; the partner's "send reminder" works either way).
    /// </summary>
    public bool CustomerDunningEnabled { get; set; } = true;

    /// <summary>Days overdue at which a customer's retail invoice gets a reminder, one per stage; empty means the partners' stages (<see cref="Stages"/>).</summary>
    public int[] CustomerDunningStageDays { get; set; } = [];

    /// <summary>How often the job looks for reminders due (each stage is sent once whatever the number of rounds).</summary>
    [Range(1, 1440)]
    public int DunningCheckEveryMinutes { get; set; } = 60;

    public BusinessCalendar Calendar => BusinessCalendars.ForSeed(CalendarSeed) ?? BusinessCalendars.SensorServiceDesk;

    /// <summary>The stages in force, ascending: those configured, else <see cref="DefaultDunningStageDays"/>.</summary>
    public IReadOnlyList<int> Stages => [.. (DunningStageDays is { Length: > 0 } configured ? configured : DefaultDunningStageDays).Distinct().Order()];

    /// <summary>The stages of reminders to customers, ascending: those configured, else <see cref="Stages"/>.</summary>
    public IReadOnlyList<int> CustomerStages => CustomerDunningStageDays is { Length: > 0 } configured ? [.. configured.Distinct().Order()] : Stages;

    /// <summary>The rules of partners' reminders to their customers: the customer stages on the same calendar as the vendor's dunning.</summary>
    public DunningPolicy CustomerDunningOn(BusinessCalendarSet calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        return new(CustomerStages, calendars.Adjusted(Calendar));
    }

    /// <summary>The dunning rules on the configured calendar with the vendor's closures and holiday changes (<paramref name="calendars"/>).</summary>
    public DunningPolicy DunningOn(BusinessCalendarSet calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        return new(Stages, calendars.Adjusted(Calendar));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BusinessCalendars.ForSeed(CalendarSeed) is null)
        {
            yield return new ValidationResult($"Billing:Payments:CalendarSeed '{CalendarSeed}' is not a known calendar (004, 002, 001, 000).", [nameof(CalendarSeed)]);
        }

        if (DunningStageDays is null || DunningStageDays.Any(d => d < 1))
        {
            yield return new ValidationResult("Billing:Payments:DunningStageDays takes positive day counts (none: 1, 14, 30).", [nameof(DunningStageDays)]);
        }

        if (CustomerDunningStageDays is null || CustomerDunningStageDays.Any(d => d < 1))
        {
            yield return new ValidationResult("Billing:Payments:CustomerDunningStageDays takes positive day counts (none: the DunningStageDays).",
                [nameof(CustomerDunningStageDays)]);
        }
    }
}
