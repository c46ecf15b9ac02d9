using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Configurations.Escalations;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// How cases are loaded: the history always in its stored order, because the aggregate reads it in list order (the
/// last event's time guards every change; the waiting intervals pause the SLA clock).
/// </summary>
public static class SupportCaseLoading
{
    /// <summary>The case with its history (enough for the SLA clock).</summary>
    public static IQueryable<SupportCase> WithHistory(this IQueryable<SupportCase> cases) =>
        cases.Include(c => c.Events.OrderBy(e => EF.Property<int>(e, SupportCaseEventConfiguration.SequenceProperty))).AsSplitQuery();

    /// <summary>The whole aggregate.</summary>
    public static IQueryable<SupportCase> WithEverything(this IQueryable<SupportCase> cases) =>
        cases.WithHistory()
            .Include(c => c.Notes.OrderBy(n => n.At))
            .Include(c => c.Attachments.OrderBy(a => a.At))
            .Include(c => c.CustomerRequests.OrderBy(r => r.RequestedAt))
            .Include(c => c.Reports.OrderBy(r => r.At));
}
