using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Features.Audit;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Customers;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Escalations;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// One measured list request: the first page (25 rows) of a list, with one filter, as one role. Run calls the list's query
/// class in a DI scope of the role's user and returns the list's total (printed as a check that the filter matched something).
/// </summary>
internal sealed record ListCase(string List, string Filter, BenchRole Role, double GoalMs, Func<IServiceProvider, ListSamples, Task<int>> Run);

/// <summary>Values a filter needs that differ per database (ids), read once per database.</summary>
internal sealed record ListSamples(Guid ApplianceId, DateTimeOffset Now)
{
    /// <summary>SIM-0001: a demo sensor of みなと with alerts, present in the demo and (through the demo seed) in the scale file.</summary>
    public static async Task<ListSamples> ReadAsync(BenchHub hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using var db = hub.Services.GetRequiredService<HubDbContextOptions>().Create(TenantScope.System, TimeProvider.System);
        var appliance = await db.Appliances.Where(a => a.SerialNumber == "SIM-0001").Select(a => a.Id).SingleAsync();
        return new ListSamples(appliance, TimeProvider.System.GetUtcNow());
    }
}

/// <summary>
/// Every list of the hub with its default order and each of its filters, for the roles that use it: a partner administrator
/// (みなと) and vendor operations — or the vendor administrator where operations may not open the list (quotes, audit).
/// Search terms are ones that occur in the generated data (a customer name part, a signature word, a serial prefix).
/// </summary>
internal static class ListCases
{
    public const double Goal = 150;

    /// <summary>The goal for searching the alert list by text.</summary>
    public const double AlertSearchGoal = 300;

    private const string CustomerTerm = "青葉";

    // Three characters: one trigram, so the full-text index answers it (CustomerTerm, two characters, is matched on the columns).
    private const string LongCustomerTerm = "武蔵野";

    private static readonly ListRequest s_firstPage = new(0, 25);

    public static IReadOnlyList<ListCase> All()
    {
        var cases = new List<ListCase>();
        BenchRole partner = BenchRole.PartnerAdmin;
        BenchRole ops = BenchRole.VendorOperations;
        BenchRole admin = BenchRole.VendorAdmin;

        foreach (var role in new[] { partner, ops })
        {
            bool vendor = role != partner;
            cases.Add(Contracts(role, "default (ordered on ↓)", new ContractListFilter()));
            cases.Add(Contracts(role, "search " + CustomerTerm, new ContractListFilter(Search: CustomerTerm)));
            cases.Add(Contracts(role, "status Active", new ContractListFilter(Status: ContractStatus.Active)));
            cases.Add(Contracts(role, "status Shipped (rare)", new ContractListFilter(Status: ContractStatus.Shipped)));
            if (vendor)
            {
                cases.Add(Contracts(role, "partner みなと", new ContractListFilter(PartnerId: DemoOrganisations.MinatoPartner)));
            }

            cases.Add(Customers(role, "default (kana)", new CustomerListQuery()));
            cases.Add(Customers(role, "search " + CustomerTerm, new CustomerListQuery(Search: CustomerTerm)));
            cases.Add(Customers(role, "segment ChamberMember", new CustomerListQuery(Segment: CustomerSegment.ChamberMember)));
            cases.Add(Customers(role, "prefecture 東京都", new CustomerListQuery(Prefecture: "東京都")));
            if (vendor)
            {
                cases.Add(Customers(role, "partner みなと", new CustomerListQuery(PartnerId: DemoOrganisations.MinatoPartner)));
            }
        }

        foreach (var role in new[] { partner, admin })
        {
            cases.Add(Quotes(role, "default (issued on ↓)", new QuoteListFilter()));
            cases.Add(Quotes(role, "search " + CustomerTerm, new QuoteListFilter(CustomerTerm)));
        }

        foreach (var role in new[] { partner, ops })
        {
            bool vendor = role != partner;
            cases.Add(Sheets(role, "default (updated ↓)", new SheetListFilter()));
            cases.Add(Sheets(role, "search " + CustomerTerm, new SheetListFilter(Search: CustomerTerm)));
            cases.Add(Sheets(role, "status Submitted", new SheetListFilter(Status: ParameterSheetStatus.Submitted)));

            cases.Add(Devices(role, "default (attention)", new DeviceBoardQuery(null, null, null, DeviceSort.Attention, false, 0, 25)));
            cases.Add(Devices(role, "search SIM-01", new DeviceBoardQuery("SIM-01", null, null, DeviceSort.Attention, false, 0, 25)));
            cases.Add(Devices(role, "state Offline", new DeviceBoardQuery(null, DeviceState.Offline, null, DeviceSort.Attention, false, 0, 25)));
            cases.Add(Devices(role, "state NeverSeen", new DeviceBoardQuery(null, DeviceState.NeverSeen, null, DeviceSort.Attention, false, 0, 25)));
            if (vendor)
            {
                cases.Add(Devices(role, "partner みなと", new DeviceBoardQuery(null, null, DemoOrganisations.MinatoPartner, DeviceSort.Attention, false, 0, 25)));
            }

            cases.Add(Alerts(role, "default (observed ↓)", Goal, _ => new AlertListQuery(null, null, null, null, null, null, 0, 25)));
            cases.Add(Alerts(role, "search text \"SSH\"", AlertSearchGoal, _ => new AlertListQuery("SSH", null, null, null, null, null, 0, 25)));
            cases.Add(Alerts(role, "search text " + CustomerTerm, AlertSearchGoal, _ => new AlertListQuery(CustomerTerm, null, null, null, null, null, 0, 25)));
            cases.Add(Alerts(role, "search text " + LongCustomerTerm, AlertSearchGoal, _ => new AlertListQuery(LongCustomerTerm, null, null, null, null, null, 0, 25)));
            cases.Add(Alerts(role, "search text \"Cobalt Strike\"", AlertSearchGoal, _ => new AlertListQuery("Cobalt Strike", null, null, null, null, null, 0, 25)));
            cases.Add(Alerts(role, "search text 青 (1 char)", AlertSearchGoal, _ => new AlertListQuery("青", null, null, null, null, null, 0, 25)));
            cases.Add(Alerts(role, "search text \"SSH\", page 40", AlertSearchGoal, _ => new AlertListQuery("SSH", null, null, null, null, null, 39, 25)));
            cases.Add(Alerts(role, "threat MalwareCommunication", Goal,
                _ => new AlertListQuery(null, ThreatClass.MalwareCommunication, null, null, null, null, 0, 25)));
            cases.Add(Alerts(role, "severity High", Goal, _ => new AlertListQuery(null, null, AlertSeverity.High, null, null, null, 0, 25)));
            cases.Add(Alerts(role, "appliance SIM-0001", Goal, s => new AlertListQuery(null, null, null, s.ApplianceId, null, null, 0, 25)));
            cases.Add(Alerts(role, "last 24 h", Goal, s => new AlertListQuery(null, null, null, null, s.Now.AddDays(-1), s.Now, 0, 25)));

            cases.Add(Cases(role, "default (open only)", new CaseQueueQuery(null, null, null, false, false, true, 0, 25)));
            cases.Add(Cases(role, "all statuses", new CaseQueueQuery(null, null, null, false, false, false, 0, 25)));
            cases.Add(Cases(role, "status Escalated", new CaseQueueQuery(SupportCaseStatus.Escalated, null, null, false, false, false, 0, 25)));
            cases.Add(Cases(role, "threat Reconnaissance", new CaseQueueQuery(null, null, ThreatClass.Reconnaissance, false, false, true, 0, 25)));
            cases.Add(Cases(role, "breached only", new CaseQueueQuery(null, null, null, false, true, true, 0, 25)));
            if (vendor)
            {
                cases.Add(Cases(role, "partner みなと", new CaseQueueQuery(null, DemoOrganisations.MinatoPartner, null, false, false, true, 0, 25)));
                cases.Add(Cases(role, "assigned to me", new CaseQueueQuery(null, null, null, true, false, true, 0, 25)));
            }
        }

        cases.Add(Inventory(ops, "default (serial)", new InventoryFilter()));
        cases.Add(Inventory(ops, "search SIM-00", new InventoryFilter(Search: "SIM-00")));
        cases.Add(Inventory(ops, "status InStock", new InventoryFilter(Status: ApplianceStatus.InStock)));
        cases.Add(Inventory(ops, "model UTM-002", new InventoryFilter(Model: "UTM-002")));
        cases.Add(Kitting(ops, "default (status)", null));
        cases.Add(Kitting(ops, "status Assigned", KittingStatus.Assigned));

        foreach (var role in new[] { partner, admin })
        {
            cases.Add(Audit(role, "default (newest)", new AuditQuery(PageSize: 25)));
            cases.Add(Audit(role, "type ServiceContract", new AuditQuery(EntityType: "ServiceContract", PageSize: 25)));
            cases.Add(Audit(role, "search " + CustomerTerm, new AuditQuery(Search: CustomerTerm, PageSize: 25)));
            cases.Add(Audit(role, "search " + LongCustomerTerm, new AuditQuery(Search: LongCustomerTerm, PageSize: 25)));
            cases.Add(Audit(role, "search \"Active\"", new AuditQuery(Search: "Active", PageSize: 25)));
            cases.Add(Audit(role, "search 青 (1 char)", new AuditQuery(Search: "青", PageSize: 25)));
        }

        return cases;
    }

    private static ListCase Contracts(BenchRole role, string filter, ContractListFilter query) =>
        new("contracts", filter, role, Goal, async (sp, _) => (await sp.GetRequiredService<ContractQueries>().ListAsync(query, s_firstPage)).TotalCount);

    private static ListCase Customers(BenchRole role, string filter, CustomerListQuery query) =>
        new("customers", filter, role, Goal, async (sp, _) => (await sp.GetRequiredService<CustomerQueries>().ListAsync(query)).TotalCount);

    private static ListCase Quotes(BenchRole role, string filter, QuoteListFilter query) =>
        new("quotes", filter, role, Goal, async (sp, _) => (await sp.GetRequiredService<QuoteQueries>().ListAsync(query, s_firstPage)).TotalCount);

    private static ListCase Sheets(BenchRole role, string filter, SheetListFilter query) =>
        new("parameter sheets", filter, role, Goal, async (sp, _) => (await sp.GetRequiredService<ParameterSheetQueries>().ListAsync(query, s_firstPage)).TotalCount);

    private static ListCase Devices(BenchRole role, string filter, DeviceBoardQuery query) =>
        new("devices", filter, role, Goal, async (sp, _) => (await sp.GetRequiredService<DeviceQueries>().ListAsync(query)).TotalCount);

    private static ListCase Alerts(BenchRole role, string filter, double goal, Func<ListSamples, AlertListQuery> query) =>
        new("alerts", filter, role, goal, async (sp, samples) => (await sp.GetRequiredService<AlertQueries>().ListAsync(query(samples))).TotalCount);

    private static ListCase Cases(BenchRole role, string filter, CaseQueueQuery query) =>
        new("escalations", filter, role, Goal, async (sp, _) => (await sp.GetRequiredService<EscalationQueries>().ListAsync(query)).TotalCount);

    private static ListCase Inventory(BenchRole role, string filter, InventoryFilter query) =>
        new("inventory", filter, role, Goal, async (sp, _) => (await sp.GetRequiredService<InventoryQueries>().ListAsync(query, s_firstPage)).TotalCount);

    private static ListCase Kitting(BenchRole role, string filter, KittingStatus? status) =>
        new("kitting", filter, role, Goal, async (sp, _) => (await sp.GetRequiredService<KittingQueries>().ListAsync(status, s_firstPage)).TotalCount);

    private static ListCase Audit(BenchRole role, string filter, AuditQuery query) =>
        new("audit", filter, role, Goal, async (sp, _) => (await sp.GetRequiredService<AuditQueries>().ListAsync(query)).TotalCount);
}
