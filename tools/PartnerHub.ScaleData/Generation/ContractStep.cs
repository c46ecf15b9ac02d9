using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.Quotes;
using PartnerHub.Features.Quotes;

namespace PartnerHub.ScaleData.Generation;

/// <summary>
/// Quotes, contracts, parameter sheets, the appliance inventory and the hardware vendor's kitting tasks, each moved to
/// where it stands by the aggregates' own steps in the order the hub's use cases take them (ArrangeKitting, KittingWork,
/// ParameterSheetWork): a refused step is a bug here and stops the run.
/// </summary>
internal sealed class ContractStep(GenerationContext context)
{
    private const string Ops = "ops@vendor.example";
    private const string Kitter = "kitting@toho.example";
    private const string Confirmed = "管理ポータルでデータ受信を確認";

    private static readonly string[] s_cancelReasons =
    [
        "お客様都合によるキャンセル", "予算が承認されなかったため", "他社サービスを選定されたため", "拠点の統合により導入見送り",
    ];

    private static readonly string[] s_returnComments =
    [
        "ミラーポートの指定が曖昧です。スイッチの機種とポート番号をご記入ください。", "監視セグメントにサーバーセグメントが含まれているかご確認ください。",
        "管理IPアドレスが既存機器と重複していないかご確認ください。",
    ];

    private readonly Random _random = context.RandomFor(3);
    private readonly SerialNumbers _serials = new();
    private PriceCatalog _catalog = null!;
    private Dictionary<string, DateOnly> _priceFrom = [];
    private DocumentNumbers _numbers = null!;

    public async Task<ApplianceBudget> RunAsync(CancellationToken cancellationToken)
    {
        await using (var db = context.CreateContext())
        {
            var documents = await db.PriceLists.AsNoTracking().ToListAsync(cancellationToken);
            _catalog = PriceCatalog.Create(documents.Select(d => d.ToPriceList()));
            _priceFrom = ServicePlan.All.ToDictionary(p => p.Code, p => documents.Where(d => d.EntriesJson.Contains(p.Code, StringComparison.Ordinal))
                .Select(d => d.ValidFrom).DefaultIfEmpty(context.Today).Min());
            _numbers = await DocumentNumbers.LoadAsync(db, cancellationToken);
        }

        var budget = ApplianceBudget.For(context.Plan);
        var slots = new ContractPlanner(context, _random).Plan(budget);
        int linked = LinkQuotes(slots);
        context.World.ContractedCustomers.AddRange(slots.Where(s => s.Status != ContractStatus.Cancelled).Select(s => s.Customer).Distinct());
        await context.SaveInChunksAsync(slots.Select(Build), (db, bundle) => bundle.AddTo(db), "contracts", slots.Count, cancellationToken);

        int open = context.Plan.Quotes - linked;
        var stock = Stock(budget).Concat(OpenQuotes(open).Cast<object>());
        await context.SaveInChunksAsync(stock, (db, entity) => db.Add(entity), "stock appliances and open quotes",
            budget.InStock + budget.Faulty + budget.Retired + open, cancellationToken);
        return budget;
    }

    // Six in ten quotes became orders (the recent contracts, priced from the lists in effect); the rest are still open.
    private int LinkQuotes(List<ContractSlot> slots)
    {
        var eligible = slots.Where(s => s.Dates.Ordered > _priceFrom[s.Plan.Code]).ToList();
        int count = Math.Min(eligible.Count, (int)(context.Plan.Quotes * 0.6));
        Generate.Shuffle(eligible, _random);
        foreach (var slot in eligible.Take(count))
        {
            slot.FromQuote = true;
        }

        return count;
    }

    private ContractBundle Build(ContractSlot slot)
    {
        var d = slot.Dates;
        var customer = slot.Customer;
        var partner = customer.Partner;
        string staff = Generate.Pick(partner.Staff, _random);
        var moments = new Moments(_random, context.Now);
        var bundle = new ContractBundle();

        // Priced like PlaceOrder: the quote's units and retail total become the contract's.
        var priceDay = slot.FromQuote
            ? Min(d.Ordered, Max(Max(_priceFrom[slot.Plan.Code], d.Ordered.AddDays(-_random.Next(1, 26))), Registered(customer)))
            : d.Ordered;
        var quote = Price(slot.Plan, customer.Segment, slot.Endpoints, slot.BandwidthMbps, priceDay);
        if (slot.FromQuote)
        {
            bundle.Quote = new IssuedQuote(Generate.Id(_random), _numbers.Next("Q", priceDay), partner.Id, customer.Id, slot.Plan, slot.Endpoints,
                slot.BandwidthMbps, quote, priceDay, priceDay.AddDays(QuotesPermissions.ValidityDays), moments.On(priceDay), staff);
        }

        var contract = new ServiceContract(Generate.Id(_random), _numbers.Next("C", d.Ordered), partner.Id, customer.Id, slot.Plan.Code, quote.Sizing.Units,
            quote.Retail.GrandTotal, bundle.Quote?.Id, d.Ordered, moments.On(d.Ordered), staff);
        bundle.Contract = contract;

        if (d.Sheet is { } sheetDay)
        {
            var (content, network) = SiteSheets.Make(customer, slot.Plan.Model, slot.Endpoints, slot.BandwidthMbps, _random);
            var at = moments.On(sheetDay);
            var sheet = new ParameterSheet(Generate.Id(_random), partner.Id, customer.Id, contract.Id, slot.Plan.Model.Code, content, at, staff);
            Must(contract.StartParameterSheet(at, staff), "start the parameter sheet");
            bundle.Sheet = sheet;
            bundle.Network = network;
            ReviewSheet(slot, sheet, moments, staff);
        }

        if (slot.Appliance != ApplianceRole.None)
        {
            var arrival = d.Kitting!.Value.AddDays(-_random.Next(10, 180));
            bundle.Appliance = new Appliance(Generate.Id(_random), _serials.Next(slot.Plan.Model, arrival), slot.Plan.Model.Code,
                _random.Next(8) == 0 ? ApplianceCondition.Refurbished : ApplianceCondition.New, Generate.OfficeTime(arrival, _random), Ops);
        }

        if (d.Kitting is { } kittingDay)
        {
            Kit(bundle, kittingDay, moments, slot.Status == ContractStatus.Kitting);
        }

        if (d.Shipped is { } shippedDay)
        {
            Ship(bundle, shippedDay, moments);
        }

        if (d.Delivered is { } deliveredDay)
        {
            var at = moments.On(deliveredDay);
            Must(contract.CompleteDelivery(deliveredDay, at, Ops), "complete delivery");
            Must(bundle.Appliance?.MoveTo(ApplianceStatus.AtCustomer, at, Ops, "custody receipt") ?? true, "receive the custody receipt");
            if (slot.Appliance == ApplianceRole.Reporting)
            {
                AddReporting(slot, bundle, at);
            }
        }

        if (d.Activated is { } activatedDay)
        {
            // As ParameterSheetWork does it: vendor operations confirm data collection, which starts the service.
            var at = moments.On(activatedDay);
            Must(bundle.Sheet!.MoveTo(ParameterSheetStatus.DataCollectionConfirmed, at, Ops, Confirmed), "confirm data collection");
            Must(contract.StartService(at, Ops, Confirmed), "activate");
        }

        if (d.Notice is { } noticeDay)
        {
            Must(contract.RecordNonRenewal(new NonRenewalNotice(noticeDay, noticeDay, noticeDay, null), noticeDay, moments.On(noticeDay), Ops), "record the non-renewal notice");
        }

        if (d.Ended is { } endedDay)
        {
            if (d.EndedEarly)
            {
                var lastDay = endedDay.AddDays(-1);
                // The customer gives the plan's notice (002 §12-1: two months) when the contract is old enough for it;
                // a younger one ends for the customer's fault (breach), which needs none.
                var latest = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.LatestMidTermCancellationNotice(lastDay);
                bool noticeFits = latest is not { } day || day >= contract.OrderedOn;
                var requestedOn = noticeFits ? latest ?? lastDay : lastDay;
                Must(contract.ScheduleEnd(lastDay, noticeFits ? TerminationCause.CustomerConvenience : TerminationCause.CustomerFault, requestedOn,
                    noticeFits ? "中途解約（事業所閉鎖）" : "契約違反による解除（料金未払い）", lastDay, moments.On(lastDay), Ops), "end early");
            }

            // As the daily renewal run does: the terms before the last renew, then the service ends.
            Must(contract.RollForward(endedDay, moments.On(endedDay), Ops).Ended, "end the service");
            ReturnAppliance(slot, bundle, endedDay, moments);
        }

        if (d.Cancelled is { } cancelledDay)
        {
            Must(contract.CancelBeforeDelivery(moments.On(cancelledDay), staff, s_cancelReasons[_random.Next(s_cancelReasons.Length)]), "cancel");
        }

        if (contract.Status != slot.Status && !slot.ActivatedByTelemetry)
        {
            throw new InvalidOperationException($"Contract {contract.Number} ended in {contract.Status}, planned {slot.Status}.");
        }

        return bundle;
    }

    // Partner staff fill and submit; vendor operations return (with a comment) or register. Later steps need a registered sheet.
    private void ReviewSheet(ContractSlot slot, ParameterSheet sheet, Moments moments, string staff)
    {
        var d = slot.Dates;
        var target = slot.Status switch
        {
            ContractStatus.ParameterSheet => Choose((ParameterSheetStatus.Draft, 35), (ParameterSheetStatus.Submitted, 30), (ParameterSheetStatus.Returned, 15),
                (ParameterSheetStatus.Registered, 20)),
            ContractStatus.Cancelled => Choose((ParameterSheetStatus.Draft, 50), (ParameterSheetStatus.Submitted, 30), (ParameterSheetStatus.Returned, 20)),
            _ => ParameterSheetStatus.Registered,
        };
        var limit = d.Kitting ?? d.Cancelled ?? context.Today;
        var day = d.Sheet!.Value;
        DateOnly Next(int maxDays) => day = Min(limit, day.AddDays(_random.Next(0, maxDays)));
        if (target == ParameterSheetStatus.Draft)
        {
            return;
        }

        Must(sheet.MoveTo(ParameterSheetStatus.Submitted, moments.On(Next(4)), staff, null), "submit the sheet");
        bool returned = target == ParameterSheetStatus.Returned || (target == ParameterSheetStatus.Registered && _random.Next(100) < 15);
        if (returned)
        {
            Must(sheet.MoveTo(ParameterSheetStatus.Returned, moments.On(Next(3)), Ops, s_returnComments[_random.Next(s_returnComments.Length)]), "return the sheet");
            if (target == ParameterSheetStatus.Returned)
            {
                return;
            }

            var at = moments.On(Next(3));
            Must(sheet.Revise(SiteSheets.Corrected(sheet.Current.Content, _random), at, staff), "revise the sheet");
            Must(sheet.MoveTo(ParameterSheetStatus.Submitted, at, staff, null), "resubmit the sheet");
        }

        if (target == ParameterSheetStatus.Registered)
        {
            Must(sheet.MoveTo(ParameterSheetStatus.Registered, moments.On(Next(3)), Ops, null), "register the sheet");
        }
    }

    // As ArrangeKitting: allocate stock to the contract and assign the kitting to the hardware vendor; then its checklist.
    private void Kit(ContractBundle bundle, DateOnly day, Moments moments, bool stillKitting)
    {
        var contract = bundle.Contract;
        var at = moments.On(day);
        if (bundle.Appliance is { } appliance)
        {
            Must(appliance.AllocateTo(contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, at, Ops), "allocate the appliance");
            Must(appliance.MoveTo(ApplianceStatus.Kitting, at, Ops), "send the appliance to kitting");
            var task = new KittingTask(Generate.Id(_random), contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, at);
            int done = stillKitting ? _random.Next(0, KittingTask.ChecklistItems.Count + 1) : KittingTask.ChecklistItems.Count;
            foreach (var item in KittingTask.ChecklistItems.Take(done))
            {
                Must(task.SetChecklistItem(item, true), "tick the checklist");
            }

            bundle.Task = task;
        }

        Must(contract.StartKitting(at, Ops), "start kitting");
    }

    // As KittingWork.Ship: the carrier's tracking number (check digit) goes on the task and the contract's history.
    private void Ship(ContractBundle bundle, DateOnly day, Moments moments)
    {
        var carrier = (Carrier)_random.Next(0, 3);
        string body = string.Concat(Enumerable.Range(0, 11).Select(_ => (char)('0' + _random.Next(10))));
        string tracking = Checked.TrackingNumber(body + Domain.Identifiers.TrackingNumber.ComputeCheckDigit(body).ToString(CultureInfo.InvariantCulture));
        var at = moments.On(day);
        if (bundle.Task is { } task)
        {
            if (task.Ship(carrier, tracking, day, day.AddDays(_random.Next(1, 3))) is { } problem)
            {
                throw new InvalidOperationException("Shipment refused: " + problem);
            }
        }

        Must(bundle.Contract.Ship(at, Kitter, $"{carrier} {tracking}"), "ship");
        Must(bundle.Appliance?.MoveTo(ApplianceStatus.Shipped, at, Kitter) ?? true, "ship the appliance");
    }

    private void AddReporting(ContractSlot slot, ContractBundle bundle, DateTimeOffset deliveredAt)
    {
        var windowStart = context.Now.AddDays(-context.Plan.TelemetryDays);
        // Connected a day or two after delivery; an earlier installation reports from the start of the window.
        var installed = deliveredAt.AddHours(20 + _random.Next(0, 30));
        var appliance = bundle.Appliance!;
        context.World.Reporting.Add(new FieldAppliance(appliance.Id, appliance.SerialNumber, slot.Plan.Model, slot.Customer, bundle.Contract.Id, bundle.Network!,
            Math.Min(slot.Endpoints, slot.Plan.Model.MaxEndpoints), slot.BandwidthMbps, installed > windowStart ? installed : windowStart, slot.ActivatedByTelemetry));
    }

    private void ReturnAppliance(ContractSlot slot, ContractBundle bundle, DateOnly endedDay, Moments moments)
    {
        if (bundle.Appliance is not { } appliance)
        {
            return;
        }

        var returnedOn = Min(context.Today, endedDay.AddDays(_random.Next(3, 15)));
        Must(appliance.MoveTo(ApplianceStatus.Returned, moments.On(returnedOn), Ops, "返却受領書発行"), "receive the returned appliance");
        if (slot.Appliance == ApplianceRole.Restocked)
        {
            Must(appliance.MoveTo(ApplianceStatus.InStock, moments.On(Min(context.Today, returnedOn.AddDays(_random.Next(5, 30)))), Ops, "点検・初期化済み"), "restock");
        }
    }

    private IEnumerable<Appliance> Stock(ApplianceBudget budget)
    {
        for (int i = 0; i < budget.InStock + budget.Faulty + budget.Retired; i++)
        {
            var model = _random.Next(5) == 0 ? ApplianceModel.ChamberUtm : ApplianceModel.CyberThreatSensor;
            var arrival = Generate.BusinessDayOnOrBefore(context.Today.AddDays(-_random.Next(1, 720)));
            var at = Generate.OfficeTimeBefore(arrival, context.Now, _random);
            var appliance = new Appliance(Generate.Id(_random), _serials.Next(model, arrival), model.Code,
                _random.Next(5) == 0 ? ApplianceCondition.Refurbished : ApplianceCondition.New, at, Ops);
            if (i >= budget.InStock)
            {
                var later = Min(context.Now, at.AddDays(_random.Next(1, Math.Max(2, context.Today.DayNumber - arrival.DayNumber))));
                Must(appliance.MoveTo(ApplianceStatus.Faulty, later, Ops, "受入検査で電源ユニット不良"), "mark faulty");
                if (i >= budget.InStock + budget.Faulty)
                {
                    Must(appliance.MoveTo(ApplianceStatus.Retired, Min(context.Now, later.AddHours(_random.Next(1, 200))), Ops, "修理不能のため廃棄"), "retire");
                }
            }

            yield return appliance;
        }
    }

    private IEnumerable<IssuedQuote> OpenQuotes(int count)
    {
        var customers = context.World.Customers;
        for (int i = 0; i < count; i++)
        {
            var customer = customers[_random.Next(customers.Count)];
            var plan = customer.Segment == CustomerSegment.ChamberMember && _random.Next(3) == 0 ? ServicePlan.ChamberUtm : ServicePlan.SensorService;
            var issuedOn = Max(Max(_priceFrom[plan.Code], Registered(customer)), Generate.BusinessDayOnOrBefore(context.Today.AddDays(-_random.Next(0, 90))));
            issuedOn = Min(issuedOn, context.Today);
            int endpoints = plan == ServicePlan.ChamberUtm ? 5 + _random.Next(0, 150) : 20 + _random.Next(0, 1_500);
            long bandwidth = 30 + _random.Next(0, 900);
            var quote = Price(plan, customer.Segment, endpoints, bandwidth, issuedOn);
            yield return new IssuedQuote(Generate.Id(_random), _numbers.Next("Q", issuedOn), customer.Partner.Id, customer.Id, plan, endpoints, bandwidth, quote,
                issuedOn, issuedOn.AddDays(QuotesPermissions.ValidityDays), Generate.OfficeTimeBefore(issuedOn, context.Now, _random), Generate.Pick(customer.Partner.Staff, _random));
        }
    }

    // Orders before the current price lists took effect are priced from them too: the demo has no older lists.
    private Quote Price(ServicePlan plan, CustomerSegment segment, int endpoints, long bandwidthMbps, DateOnly day)
    {
        var date = day < _priceFrom[plan.Code] ? _priceFrom[plan.Code] : day;
        var result = Quote.Calculate(_catalog, plan.Model, plan.Code, segment, endpoints, bandwidthMbps, date, QuoteCalculator.TaxRounding, TaxRateTable.Japan);
        return result.Quote ?? throw new InvalidOperationException($"No price for {plan.Code} ({segment}, {endpoints} endpoints) on {date}: {result.Failure}");
    }

    private ParameterSheetStatus Choose(params (ParameterSheetStatus Status, int Weight)[] choices)
    {
        int x = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (status, weight) in choices)
        {
            if ((x -= weight) < 0)
            {
                return status;
            }
        }

        return choices[^1].Status;
    }

    private static DateOnly Registered(CustomerRef customer) => Domain.Calendars.BusinessCalendar.TokyoDate(customer.RegisteredAt);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    // The data is built from the domain's own steps; a refused step is a bug in this generator, not something to hide.
    internal static void Must(ContractRefusal? refusal, string step)
    {
        if (refusal is { } refused)
        {
            throw new InvalidOperationException("The domain refused a generated step: " + step + " (" + refused + ")");
        }
    }

    internal static void Must(bool done, string step)
    {
        if (!done)
        {
            throw new InvalidOperationException("The domain refused a generated step: " + step);
        }
    }
}

/// <summary>The rows of one contract's story, added to a context together.</summary>
internal sealed class ContractBundle
{
    public ServiceContract Contract { get; set; } = null!;

    public IssuedQuote? Quote { get; set; }

    public ParameterSheet? Sheet { get; set; }

    public SiteNetwork? Network { get; set; }

    public Appliance? Appliance { get; set; }

    public KittingTask? Task { get; set; }

    public void AddTo(HubDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Quote is not null)
        {
            db.Quotes.Add(Quote);
        }

        db.Contracts.Add(Contract);
        if (Sheet is not null)
        {
            db.ParameterSheets.Add(Sheet);
        }

        if (Appliance is not null)
        {
            db.Appliances.Add(Appliance);
        }

        if (Task is not null)
        {
            db.KittingTasks.Add(Task);
        }
    }
}

/// <summary>
/// Successive moments of one story: office hours of the given day, never before the previous step and never after the
/// data's "now" (a step dated today may not have happened at a later hour yet).
/// </summary>
internal sealed class Moments(Random random, DateTimeOffset now)
{
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public DateTimeOffset On(DateOnly day)
    {
        var at = Generate.OfficeTimeBefore(day, now, random);
        if (at <= _last)
        {
            var room = now - _last;
            at = room > TimeSpan.FromMinutes(2) ? _last + TimeSpan.FromMinutes(Math.Min(1 + random.Next(0, 30), room.TotalMinutes / 2)) : _last.AddSeconds(1);
        }

        _last = at;
        return at;
    }
}

/// <summary>Serial numbers by model, year of arrival and lot (K onwards: the demo's stock uses lots A and B).</summary>
internal sealed class SerialNumbers
{
    private readonly Dictionary<string, int> _count = new(StringComparer.Ordinal);

    public string Next(ApplianceModel model, DateOnly arrival)
    {
        ArgumentNullException.ThrowIfNull(model);
        string prefix = model.Code.StartsWith("UTM", StringComparison.Ordinal) ? "UTM" : "CTS";
        int n = _count.GetValueOrDefault(prefix);
        _count[prefix] = n + 1;
        char lot = (char)('K' + (n / 9_999));
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{arrival.Year % 100:D2}{lot}{(n % 9_999) + 1:D4}");
    }
}
