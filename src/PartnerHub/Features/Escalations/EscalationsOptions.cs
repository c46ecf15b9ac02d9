using System.ComponentModel.DataAnnotations;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.Features.Escalations;

/// <summary>Escalation desk settings (section <c>Escalations</c>).</summary>
public sealed class EscalationsOptions
{
    public const string Section = "Escalations";

    /// <summary>Whether an inquiry from someone other than the registered contact proceeds (flagged) or is refused (004 別紙3 §2-3).</summary>
    public UnregisteredCallerPolicy UnregisteredCallerPolicy { get; set; } = UnregisteredCallerPolicy.ProceedFlagged;

    /// <summary>How long before the first-answer due time the desk is reminded, in minutes of wall-clock time.</summary>
    [Range(0, 1440)]
    public int ReminderLeadMinutes { get; set; } = 120;

    /// <summary>How often the reminder service looks at the queue, in seconds.</summary>
    [Range(10, 3600)]
    public int ReminderCheckEverySeconds { get; set; } = 300;

    /// <summary>Where reminders go when nobody is assigned: the desk's shared mailbox.</summary>
    [Required]
    [EmailAddress]
    public string DeskMailbox { get; set; } = "desk@vendor.example";
}
