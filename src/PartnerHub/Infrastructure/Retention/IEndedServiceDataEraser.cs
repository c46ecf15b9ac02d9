using System.Globalization;
using PartnerHub.Data;

namespace PartnerHub.Infrastructure.Retention;

/// <summary>
/// What one feature erases of a customer's stored data once the retention after the service's end has passed (001 §16;
/// 004 §10-4). Each feature knows its own data; <c>Features/Contracts/DataAfterEnd</c> decides when and records it.
/// </summary>
public interface IEndedServiceDataEraser
{
    /// <summary>Erases the data of one ended contract (e.g. its telemetry).</summary>
    Task EraseContractDataAsync(HubDbContext db, Guid customerId, Guid contractId, ErasureWork work, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Erases the customer's own data once every contract of the customer has ended and been erased.</summary>
    Task EraseCustomerDataAsync(HubDbContext db, Guid customerId, ErasureWork work, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>One erasure in progress: counts per kind for the record, and work to do once the database change is committed.</summary>
/// <param name="at">When the erasure runs.</param>
public sealed class ErasureWork(DateTimeOffset at)
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<Action> _afterCommit = [];

    /// <summary>When the erasure runs.</summary>
    public DateTimeOffset At { get; } = at;

    /// <summary>Counts <paramref name="count"/> items of <paramref name="kind"/> erased (zero counts are left out of the summary).</summary>
    public void Count(string kind, int count)
    {
        if (count > 0)
        {
            _counts[kind] = _counts.GetValueOrDefault(kind) + count;
        }
    }

    /// <summary>Work outside the database (files) that must only happen once the erasure is committed.</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>"kind: n; kind: n", or "nothing stored" — the evidence kept.</summary>
    public string Summary => _counts.Count == 0
        ? "nothing stored"
        : string.Join("; ", _counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}: {c.Value}")));

    /// <summary>Runs the work registered with <see cref="AfterCommit"/>.</summary>
    public void Committed()
    {
        foreach (var action in _afterCommit)
        {
            action();
        }
    }
}
