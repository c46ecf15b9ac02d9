using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Contracts.Guidance;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Partners;

namespace PartnerHub.EndToEndTests.PageHealth;

/// <summary>A demo record to fill a route's parameters with: one per status the demo has, with the tenant it belongs to.</summary>
/// <param name="Label">The status (or kind) the record shows.</param>
/// <param name="Values">The route parameters, in the order the route names them.</param>
/// <param name="PartnerId">The sales partner whose record it is (null for vendor-wide records).</param>
/// <param name="HardwareVendorId">The hardware vendor it is assigned to, for kitting work.</param>
/// <param name="OrganisationId">The organisation the record is, for organisation pages.</param>
public sealed record DemoSample(string Label, IReadOnlyList<string> Values, Guid? PartnerId = null, Guid? HardwareVendorId = null, Guid? OrganisationId = null)
{
    /// <summary>Whether a user of <paramref name="organisation"/> in <paramref name="role"/> may see the record (tenant isolation).</summary>
    public bool VisibleTo(string role, Guid organisation) => role switch
    {
        HubRoles.PartnerAdmin or HubRoles.PartnerStaff => PartnerId == organisation || (OrganisationId == organisation && PartnerId is null),
        HubRoles.HardwareVendor => HardwareVendorId == organisation,
        _ => true,
    };
}

/// <summary>Demo records for each route family, read from the hub's database.</summary>
public static class DemoSamples
{
    public static async Task<IReadOnlyList<DemoSample>> ForAsync(AppRoute route, HubDbContext db, CancellationToken cancellationToken) =>
        await KnownForAsync(route, db, cancellationToken) ?? throw new InvalidOperationException(
            $"The page-health crawl has no demo record for {route}: add a sample in DemoSamples (and a record to the demo data) so the new page is opened.");

    /// <summary>The demo records for <paramref name="route"/>, or null when the crawl knows no record family for it.</summary>
    public static async Task<IReadOnlyList<DemoSample>?> KnownForAsync(AppRoute route, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(db);
        return route.FirstSegment switch
        {
            "contracts" => await PerLabel(db.Contracts.AsNoTracking().Select(c => new Row(c.Id, c.Status.ToString(), c.PartnerId)), cancellationToken),
            // The hardware vendor's read-only copy: sheets of contracts with a live kitting task, tagged with that task's hardware
            // vendor (the only outside organisation that may open it).
            "parameter-sheets" when route.Template.Contains("/kitting", StringComparison.Ordinal) =>
                [.. (await db.ParameterSheets.AsNoTracking()
                    .Join(db.KittingTasks.AsNoTracking().Where(t => t.Status != PartnerHub.Domain.Hardware.KittingStatus.Cancelled), s => s.ContractId, t => (Guid?)t.ContractId,
                        (s, t) => new { s.Id, Status = s.Status.ToString(), s.PartnerId, t.HardwareVendorId })
                    .ToListAsync(cancellationToken))
                    .DistinctBy(s => s.Id).DistinctBy(s => (s.Status, s.HardwareVendorId))
                    .Select(s => new DemoSample(s.Status, [s.Id.ToString()], s.PartnerId, s.HardwareVendorId))],
            "parameter-sheets" => await PerLabel(db.ParameterSheets.AsNoTracking().Select(s => new Row(s.Id, s.Status.ToString(), s.PartnerId)), cancellationToken),
            "renewals" => await PerLabel(db.GuidanceLetters.AsNoTracking().Where(l => l.Status == GuidanceLetterStatus.Sent)
                .Select(l => new Row(l.Id, "letter", l.PartnerId)), cancellationToken),
            // Invoicing runs are finance's records (no partner may open them): one per status the demo has.
            "billing" when route.Template.Contains("/runs/", StringComparison.Ordinal) =>
                await PerLabel(db.InvoicingRuns.AsNoTracking().Select(r => new Row(r.Id, r.Status.ToString(), null)), cancellationToken),
            // A statement is per partner: every partner has one (empty months print too).
            "billing" when route.Template.StartsWith("/billing/statement/", StringComparison.Ordinal) => await PerLabel(
                db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.SalesPartner).Select(o => new Row(o.Id, "partner", o.Id)), cancellationToken),
            "billing" when route.Template.StartsWith("/billing/payments/", StringComparison.Ordinal) =>
                await PerLabel(db.Payments.AsNoTracking().Select(p => new Row(p.Id, p.MatchState.ToString(), p.PartnerId)), cancellationToken),
            // A partner's invoices to its customers (retail), drafts included: the issuing partner's alone (the vendor's context does not
            // read them, hence no query filter here).
            "billing" when route.Template.StartsWith("/billing/retail-invoices/", StringComparison.Ordinal) =>
                await PerLabel(db.Invoices.AsNoTracking().IgnoreQueryFilters()
                    .Where(i => i.RecipientKind == InvoiceRecipientKind.Customer && (!route.Template.EndsWith(".pdf", StringComparison.Ordinal) || i.Number != null))
                    .Select(i => new Row(i.Id, "retail " + i.Kind.ToString() + " " + i.Status.ToString(), i.PartnerId)), cancellationToken),
            // A customer's statement and reminders: the customers a partner has issued retail invoices to (that partner's alone).
            "billing" when route.Template.StartsWith("/billing/retail-receivables/customers/", StringComparison.Ordinal) =>
                await PerLabel(db.Invoices.AsNoTracking().IgnoreQueryFilters()
                    .Where(i => i.RecipientKind == InvoiceRecipientKind.Customer && i.Status != InvoiceStatus.Draft)
                    .Select(i => new Row(i.RecipientId, "customer statement", i.PartnerId)), cancellationToken),
            "billing" => await Invoices(db, route.Template.EndsWith(".pdf", StringComparison.Ordinal), cancellationToken),
            "swaps" => await PerLabel(db.SwapCases.AsNoTracking().Select(s => new Row(s.Id, s.Status.ToString(), s.PartnerId)), cancellationToken),
            "customers" => await PerLabel(db.Customers.AsNoTracking().OrderBy(c => c.NameKana).Select(c => new Row(c.Id, "customer", c.PartnerId)), cancellationToken),
            "quotes" => await PerLabel(db.Quotes.AsNoTracking().OrderBy(q => q.Number).Select(q => new Row(q.Id, "quote", q.PartnerId)), cancellationToken),
            "alerts" => [.. (await db.SensorEvents.AsNoTracking().Where(e => e.Kind == TelemetryKind.Alert && e.PartnerId != null)
                    .Select(e => new { e.EventId, e.PartnerId }).ToListAsync(cancellationToken))
                .DistinctBy(e => e.PartnerId).Select(e => new DemoSample("alert", [e.EventId], e.PartnerId))],
            "devices" => [.. (await db.DeviceHealths.AsNoTracking().Select(h => new { h.ApplianceId, State = h.State.ToString(), h.PartnerId }).ToListAsync(cancellationToken))
                .DistinctBy(h => (h.State, h.PartnerId)).Select(h => new DemoSample(h.State, [h.ApplianceId.ToString()], h.PartnerId))],
            "kitting" => [.. (await db.KittingTasks.AsNoTracking().Select(t => new { t.Id, Status = t.Status.ToString(), t.PartnerId, t.HardwareVendorId }).ToListAsync(cancellationToken))
                .DistinctBy(t => (t.Status, t.PartnerId)).Select(t => new DemoSample(t.Status, [t.Id.ToString()], t.PartnerId, t.HardwareVendorId))],
            // Returns: one per status and partner; the return receipt exists once the unit was received.
            "returns" => [.. (await db.ReturnTasks.AsNoTracking().Select(t => new { t.Id, t.Status, t.PartnerId, t.HardwareVendorId }).ToListAsync(cancellationToken))
                .Where(t => !route.Template.EndsWith(".pdf", StringComparison.Ordinal)
                    || t.Status is PartnerHub.Domain.Hardware.Returns.ReturnStatus.Received or PartnerHub.Domain.Hardware.Returns.ReturnStatus.Inspected)
                .DistinctBy(t => (t.Status, t.PartnerId)).Select(t => new DemoSample(t.Status.ToString(), [t.Id.ToString()], t.PartnerId, t.HardwareVendorId))],
            // A unit's serial history: one per appliance status (the vendor sees all, a hardware vendor those assigned to it).
            "hardware" => [.. (await db.Appliances.AsNoTracking().Select(a => new { a.Id, a.Status, a.PartnerId, a.HardwareVendorId }).ToListAsync(cancellationToken))
                .DistinctBy(a => (a.Status, a.HardwareVendorId)).Select(a => new DemoSample(a.Status.ToString(), [a.Id.ToString()], a.PartnerId, a.HardwareVendorId))],
            "organisations" => [.. (await db.Organisations.AsNoTracking().Select(o => new { o.Id, Kind = o.Kind.ToString() }).ToListAsync(cancellationToken))
                .DistinctBy(o => o.Kind).Select(o => new DemoSample(o.Kind, [o.Id.ToString()], OrganisationId: o.Id))],
            "escalations" when route.Parameters.Count == 2 && route.Template.Contains("/reports/", StringComparison.Ordinal) =>
                [.. (await db.SupportCaseReports.AsNoTracking().Select(r => new { r.CaseId, r.Id, r.PartnerId }).ToListAsync(cancellationToken))
                    .DistinctBy(r => r.PartnerId).Select(r => new DemoSample("report", [r.CaseId.ToString(), r.Id.ToString()], r.PartnerId))],
            "escalations" when route.Parameters.Count == 1 =>
                await PerLabel(db.SupportCases.AsNoTracking().Select(c => new Row(c.Id, c.Status.ToString(), c.PartnerId)), cancellationToken),
            "catalogue" when route.Template.Contains("price-lists", StringComparison.Ordinal) =>
                [.. (await db.PriceLists.AsNoTracking().Select(p => new { p.Id, p.ValidFrom, p.ValidTo }).ToListAsync(cancellationToken))
                    .DistinctBy(p => Standing(p.ValidFrom, p.ValidTo)).Select(p => new DemoSample(Standing(p.ValidFrom, p.ValidTo), [p.Id.ToString()]))],
            // A plan's policy versions: the plan with the demo's scheduled version and the plan with its built-in one only.
            "catalogue" when route.Template.Contains("/plans/", StringComparison.Ordinal) =>
                [.. (await db.PlanPolicyVersions.AsNoTracking().Select(v => new { v.PlanCode, v.EffectiveFrom }).ToListAsync(cancellationToken))
                    .GroupBy(v => v.PlanCode).Select(g => new DemoSample(g.Count() > 1 ? "plan with a scheduled version" : "plan with its first version", [g.Key]))],
            "catalogue" when route.Template.Contains("calendars", StringComparison.Ordinal) =>
                [.. PartnerHub.Features.Catalogue.Calendars.BusinessCalendarDirectory.Codes.Select(code => new DemoSample("calendar " + code, [code]))],
            // Letters per partner; notice pages from notices that concern one partner only (a notice posted to every partner
            // has no other tenant to hide it from).
            "service-notices" when route.Parameters.Count == 2 => await PerLabel2(db.ServiceNoticeDeliveries.AsNoTracking()
                .Where(d => d.Channel == PartnerHub.Domain.ServiceNotices.NoticeChannel.Letter && d.CustomerId != null)
                .Select(d => new Row2(d.NoticeId, d.Id, "letter", d.PartnerId)), cancellationToken),
            "service-notices" => await PerLabel(db.ServiceNotices.AsNoTracking().Where(n => n.PartnerCount == 1)
                .SelectMany(n => db.ServiceNoticePartners.Where(p => p.NoticeId == n.Id), (n, p) => new Row(n.Id,
                    n.Type.ToString() + (n.WithdrawnAt != null ? " withdrawn" : n.SupersededById != null ? " superseded" : n.CorrectsId != null ? " correction" : ""),
                    p.PartnerId)), cancellationToken),
            _ => null,
        };
    }

    /// <summary>One record per label (status) and partner, so every role finds each status among the records it may see.</summary>
    private static async Task<IReadOnlyList<DemoSample>> PerLabel(IQueryable<Row> rows, CancellationToken cancellationToken) =>
        [.. (await rows.ToListAsync(cancellationToken)).DistinctBy(r => (r.Label, r.PartnerId)).Select(r => new DemoSample(r.Label, [r.Id.ToString()], r.PartnerId))];

    private static async Task<IReadOnlyList<DemoSample>> PerLabel2(IQueryable<Row2> rows, CancellationToken cancellationToken) =>
        [.. (await rows.ToListAsync(cancellationToken)).DistinctBy(r => (r.Label, r.PartnerId))
            .Select(r => new DemoSample(r.Label, [r.First.ToString(), r.Second.ToString()], r.PartnerId))];

    /// <summary>
    /// Invoices per kind and status. A draft is finance's alone (partners never see the vendor's drafts), so it counts as a
    /// vendor-wide record; the PDF download has issued documents only.
    /// </summary>
    private static Task<IReadOnlyList<DemoSample>> Invoices(HubDbContext db, bool issuedOnly, CancellationToken cancellationToken) =>
        PerLabel(db.Invoices.AsNoTracking().Where(i => !issuedOnly || i.Number != null)
            .Select(i => new Row(i.Id, i.Kind.ToString() + " " + i.Status.ToString(), i.Status == InvoiceStatus.Draft ? null : i.PartnerId)), cancellationToken);

    private static string Standing(DateOnly validFrom, DateOnly? validTo) =>
        PartnerHub.Features.Catalogue.PriceLists.PriceListQueries.StandingOf(validFrom, validTo, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9))).ToString();

    private sealed record Row(Guid Id, string Label, Guid? PartnerId);

    private sealed record Row2(Guid First, Guid Second, string Label, Guid? PartnerId);
}
