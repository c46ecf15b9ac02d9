using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Features.Contracts.Renewals;

/// <summary>The renewal run and the cancel-by reminders (section <c>Renewals</c>).</summary>
public sealed class RenewalsOptions
{
    public const string Section = "Renewals";

    /// <summary>Whether the background renewal run rolls contracts into their next term (or ends them) on its own.</summary>
    public bool RunEnabled { get; set; } = true;

    /// <summary>
    /// Minutes between two rounds of the renewal run. The run is idempotent, so it can run more often than daily: a hub
    /// restarted at midnight then still rolls the contracts that day.
    /// </summary>
    [Range(1, 1440)]
    public int RunEveryMinutes { get; set; } = 60;

    /// <summary>Whether partners' staff are reminded of coming cancel-by dates by e-mail.</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>Minutes between two looks for due cancel-by reminders (each reminder is queued once).</summary>
    [Range(1, 1440)]
    public int ReminderCheckEveryMinutes { get; set; } = 60;
}
