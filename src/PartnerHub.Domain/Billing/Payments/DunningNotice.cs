using PartnerHub.Domain.Common;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Payments;

/// <summary>
/// The log entry of one reminder (督促) about one invoice at one stage: unique per invoice and stage, so a stage is never
/// sent twice however often the job runs. It records who was written to and what was open then.
/// </summary>
public sealed class DunningNotice : IPartnerOwned
{
    public DunningNotice(Guid id, Guid invoiceId, Guid partnerId, string invoiceNumber, int stage, int daysOverdue, DateOnly dueDate, Yen openBalance,
        IEnumerable<string> recipients, DateOnly sentOn, DateTimeOffset queuedAt, string by)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        Id = id;
        InvoiceId = invoiceId;
        PartnerId = partnerId;
        InvoiceNumber = invoiceNumber;
        Stage = stage;
        DaysOverdue = daysOverdue;
        DueDate = dueDate;
        OpenBalance = openBalance;
        Recipients = string.Join(", ", recipients);
        SentOn = sentOn;
        QueuedAt = queuedAt;
        QueuedBy = by;
    }

    private DunningNotice()
    {
        InvoiceNumber = Recipients = QueuedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid InvoiceId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    public string InvoiceNumber { get; private set; }

    /// <summary>The stage (days overdue) this reminder is for.</summary>
    public int Stage { get; private set; }

    /// <summary>Days overdue on the day it was sent.</summary>
    public int DaysOverdue { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>The open balance it asked for.</summary>
    public Yen OpenBalance { get; private set; }

    /// <summary>The addresses written to, comma-separated; empty when the partner had nobody to write to.</summary>
    public string Recipients { get; private set; }

    public DateOnly SentOn { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    /// <summary>The finance user who pressed the button, or the job.</summary>
    public string QueuedBy { get; private set; }
}
