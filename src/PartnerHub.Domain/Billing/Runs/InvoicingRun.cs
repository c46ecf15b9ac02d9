using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Runs;

/// <summary>Where a monthly invoicing run stands.</summary>
public enum InvoicingRunStatus
{
    /// <summary>Issuing in the background.</summary>
    Running,

    /// <summary>Every planned invoice was issued or refused.</summary>
    Completed,

    /// <summary>Stopped by an error; what it issued stays issued, and running the month again bills the rest.</summary>
    Failed,
}

/// <summary>
/// The record of one monthly invoicing run (finance's "issue" for a month): who started it and when, and what it did — invoices and
/// lines issued, charges found already billed, invoices and contracts refused with the reasons. The run's invoices carry the lines;
/// this is its report.
/// </summary>
public sealed class InvoicingRun
{
    private readonly List<InvoicingRunProblem> _problems = [];

    /// <summary>A run for <paramref name="month"/> by <paramref name="by"/>, started now.</summary>
    public InvoicingRun(Guid id, Guid issuerId, BillingMonth month, DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        Id = id;
        IssuerId = issuerId;
        Year = month.Year;
        Month = month.Month;
        StartedAt = at;
        StartedBy = by;
        Status = InvoicingRunStatus.Running;
    }

    private InvoicingRun()
    {
        StartedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The issuing organisation (the vendor).</summary>
    public Guid IssuerId { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public InvoicingRunStatus Status { get; private set; }

    /// <summary>Invoices the preview planned when the run started.</summary>
    public int InvoicesPlanned { get; private set; }

    public int InvoicesIssued { get; private set; }

    public int LinesIssued { get; private set; }

    /// <summary>Sum of the issued invoices' totals (tax included).</summary>
    public Yen AmountIssued { get; private set; }

    /// <summary>Charges of the month found on invoices issued before (skipped: never billed twice).</summary>
    public int ChargesAlreadyBilled { get; private set; }

    public int InvoicesRefused { get; private set; }

    public int ContractsRefused { get; private set; }

    /// <summary>Why an error stopped the run.</summary>
    public string? FailureMessage { get; private set; }

    /// <summary>What was refused, and why.</summary>
    public IReadOnlyList<InvoicingRunProblem> Problems => _problems;

    public BillingMonth BillingMonth => new(Year, Month);

    /// <summary>The plan the run issues: its invoices, the charges already billed and the contracts it cannot bill.</summary>
    public void Plan(int invoices, int chargesAlreadyBilled, IEnumerable<RefusedContract> refusedContracts)
    {
        ArgumentNullException.ThrowIfNull(refusedContracts);
        InvoicesPlanned = invoices;
        ChargesAlreadyBilled = chargesAlreadyBilled;
        foreach (var refused in refusedContracts)
        {
            _problems.Add(new InvoicingRunProblem(Guid.NewGuid(), refused.PartnerId, refused.ContractId, refused.ContractNumber, refused.Reason.ToString()));
            ContractsRefused++;
        }
    }

    /// <summary>An invoice of the run was issued with <paramref name="lines"/> lines and <paramref name="total"/>.</summary>
    public void Issued(int lines, Yen total)
    {
        InvoicesIssued++;
        LinesIssued += lines;
        AmountIssued += total;
    }

    /// <summary>A planned invoice to <paramref name="partnerId"/> was not issued, for <paramref name="reason"/> (a code the report localises).</summary>
    public void Refused(Guid partnerId, string partnerName, string reason)
    {
        _problems.Add(new InvoicingRunProblem(Guid.NewGuid(), partnerId, null, partnerName, reason));
        InvoicesRefused++;
    }

    public void Complete(DateTimeOffset at)
    {
        FinishedAt = at;
        Status = InvoicingRunStatus.Completed;
    }

    public void Fail(DateTimeOffset at, string message)
    {
        FinishedAt = at;
        FailureMessage = message;
        Status = InvoicingRunStatus.Failed;
    }
}

/// <summary>One refusal of a run: a contract it could not bill or an invoice it could not issue.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="PartnerId">The partner concerned.</param>
/// <param name="ContractId">The contract, for a contract refusal.</param>
/// <param name="Subject">The contract number or the partner's name, as at the run.</param>
/// <param name="Reason">A <see cref="ChargeRefusal"/> or invoice defect code.</param>
public sealed record InvoicingRunProblem(Guid Id, Guid PartnerId, Guid? ContractId, string Subject, string Reason);
