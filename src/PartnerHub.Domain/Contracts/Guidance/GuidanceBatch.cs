namespace PartnerHub.Domain.Contracts.Guidance;

/// <summary>Where a run of the January renewal guidance stands.</summary>
public enum GuidanceBatchStatus
{
    /// <summary>Letters are being written.</summary>
    Running,

    /// <summary>Every eligible contract has its letter.</summary>
    Completed,

    /// <summary>Some letters failed; a re-run retries them.</summary>
    CompletedWithFailures,
}

/// <summary>
/// One run of the renewal guidance of fiscal-year plans (002 §12-2: 本所は、原則として各年の１月中旬頃に全てのお客様に対し、
/// 利用期間満了日ならびに次の利用期間についてのご案内を行う): who started it, when, and how many letters it wrote,
/// skipped (already sent by an earlier run) and failed. Runs are kept as history; the letters carry the outcome per contract.
/// </summary>
public sealed class GuidanceBatch
{
    /// <summary>Starts a run for the renewal on April 1 of <paramref name="fiscalYear"/>.</summary>
    public GuidanceBatch(Guid id, int fiscalYear, DateTimeOffset startedAt, string startedBy)
    {
        Id = id;
        FiscalYear = fiscalYear;
        TermEndsOn = GuidanceYear.TermEnd(fiscalYear);
        StartedAt = startedAt;
        StartedBy = startedBy;
        Status = GuidanceBatchStatus.Running;
    }

    private GuidanceBatch()
    {
        StartedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The fiscal year (年度) of the next term: 2027 is the term 2027-04-01 – 2028-03-31.</summary>
    public int FiscalYear { get; private set; }

    /// <summary>The expiry of the terms the run covers: March 31 of <see cref="FiscalYear"/>.</summary>
    public DateOnly TermEndsOn { get; private set; }

    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Who started it.</summary>
    public string StartedBy { get; private set; }

    /// <summary>When the run finished; null while it runs (or if it was interrupted).</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Eligible contracts found.</summary>
    public int Total { get; private set; }

    /// <summary>Letters written by this run.</summary>
    public int Written { get; private set; }

    /// <summary>Contracts whose letter an earlier run had already written.</summary>
    public int Skipped { get; private set; }

    /// <summary>Letters that failed in this run.</summary>
    public int Failed { get; private set; }

    /// <summary>Where the run stands.</summary>
    public GuidanceBatchStatus Status { get; private set; }

    /// <summary>Records the counts so far (the page shows them while the run goes on).</summary>
    public void Count(int total, int written, int skipped, int failed)
    {
        Total = total;
        Written = written;
        Skipped = skipped;
        Failed = failed;
    }

    /// <summary>Closes the run.</summary>
    public void Finish(DateTimeOffset at)
    {
        FinishedAt = at;
        Status = Failed > 0 ? GuidanceBatchStatus.CompletedWithFailures : GuidanceBatchStatus.Completed;
    }
}

/// <summary>The dates of a fiscal year as the renewal guidance names them (002 §4-2, §12-2).</summary>
public static class GuidanceYear
{
    /// <summary>March 31 of <paramref name="fiscalYear"/>: the expiry of the term before it.</summary>
    public static DateOnly TermEnd(int fiscalYear) => new(fiscalYear, 3, 31);

    /// <summary>The fiscal year whose renewal comes next on <paramref name="today"/>: the term ending the coming March 31.</summary>
    public static int Coming(DateOnly today) => today.Month <= 3 ? today.Year : today.Year + 1;
}
