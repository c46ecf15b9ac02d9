using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.Quotes;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts;

/// <summary>
/// Orders in every contract status for the demo partners, each taken there by the domain's own steps, dated on the
/// business days a real order would have taken: quotes priced by the Quotes feature's calculator, the contract
/// ordered from its quote, the parameter sheet through its review (one returned with a comment), kitting by the demo
/// hardware vendor with a stock appliance, the shipment with a valid tracking number, the custody receipt, data
/// collection, a non-renewal notice and the end of the term. Services that run get new sensors with the simulator's
/// serials (SIM-0005…) for <see cref="Devices.DemoTelemetry"/> to feed, so this contributor must run before it (the
/// contracts feature is registered before the devices feature). Also open quotes, and a faulty and a retired unit.
/// </summary>
public sealed class DemoOrders(HubDbContextOptions contextOptions, TimeProvider clock) : IDemoDataContributor
{
    private const string Operations = "ops@vendor.example";
    private const string Kitter = "kitting@toho.example";
    private const string RenewalRun = "renewal-run";

    private static readonly Guid s_minato = DemoOrganisations.MinatoPartner;
    private static readonly Guid s_hokuriku = DemoOrganisations.HokurikuPartner;
    private static readonly Guid s_sakura = DemoOrganisations.SakuraPartner;

    // Customers are picked by their place in the partner's kana order, after the ones DemoDeployments serves (0, and
    // 1 for Minato). Orders placed long ago predate the demo's price list, so they come without a quote.
    private static readonly DemoOrder[] s_orders =
    [
        new(s_minato, 3, 1_500, 600, 1, ContractStatus.Ordered),
        new(s_minato, 4, 120, 200, 3, ContractStatus.ParameterSheet, ParameterSheetStatus.Draft),
        new(s_minato, 5, 300, 250, 5, ContractStatus.ParameterSheet, ParameterSheetStatus.Submitted),
        new(s_minato, 6, 45, 50, 6, ContractStatus.ParameterSheet, ParameterSheetStatus.Returned),
        new(s_minato, 7, 180, 300, 8, ContractStatus.Kitting),
        new(s_minato, 8, 650, 500, 10, ContractStatus.Kitting, Kitting: KittingStatus.Kitted),
        new(s_minato, 9, 90, 100, 12, ContractStatus.Shipped),
        new(s_minato, 10, 240, 300, 15, ContractStatus.Delivered),
        new(s_minato, 2, 400, 450, 60, ContractStatus.Active, Serial: "SIM-0005"),
        new(s_minato, 11, 150, 200, 205, ContractStatus.Ending, Serial: "SIM-0008", FromQuote: false),
        new(s_minato, 12, 60, 100, 300, ContractStatus.Ended, Serial: "CTS-25A0012", FromQuote: false),
        new(s_minato, 16, 90, 100, 150, ContractStatus.Terminated, Serial: "CTS-25A0016", FromQuote: false),
        new(s_minato, 13, 80, 100, 9, ContractStatus.Cancelled),
        new(s_minato, 14, 60, 100, 14, ContractStatus.Cancelled, CancelDuringKitting: true),
        new(s_hokuriku, 2, 100, 100, 2, ContractStatus.Ordered),
        new(s_hokuriku, 3, 220, 300, 7, ContractStatus.ParameterSheet, ParameterSheetStatus.Registered),
        new(s_hokuriku, 4, 500, 400, 11, ContractStatus.Kitting, Kitting: KittingStatus.Kitted),
        new(s_hokuriku, 5, 70, 100, 13, ContractStatus.Shipped),
        new(s_hokuriku, 1, 320, 350, 50, ContractStatus.Active, Serial: "SIM-0006"),
        new(s_hokuriku, 7, 110, 100, 120, ContractStatus.Ending, Serial: "CTS-25A0107", FromQuote: false, EndsEarly: true),
        new(s_sakura, 2, 2_500, 900, 2, ContractStatus.Ordered),
        new(s_sakura, 3, 150, 150, 4, ContractStatus.ParameterSheet, ParameterSheetStatus.Submitted),
        new(s_sakura, 4, 400, 300, 9, ContractStatus.Kitting),
        new(s_sakura, 1, 800, 700, 45, ContractStatus.Active, Serial: "SIM-0007"),
        // Ended contracts whose units show each step of a return (004 §17-1, 別紙4 §4).
        new(s_hokuriku, 8, 90, 100, 290, ContractStatus.Ended, Serial: "CTS-25A0108", FromQuote: false, Return: DemoReturn.Overdue),
        new(s_sakura, 5, 70, 100, 295, ContractStatus.Ended, Serial: "CTS-25A0205", FromQuote: false, Return: DemoReturn.Lost),
        new(s_minato, 17, 60, 100, 310, ContractStatus.Ended, Serial: "CTS-25A0017", FromQuote: false, Return: DemoReturn.InInspection),
        new(s_minato, 18, 60, 100, 320, ContractStatus.Ended, Serial: "CTS-25A0018", FromQuote: false, Return: DemoReturn.Refurbished),
    ];

    /// <summary>How far an ended contract's return got in the demo.</summary>
    private enum DemoReturn
    {
        /// <summary>Sent after its deadline and received damaged: late and damage charges pending, receipt printable.</summary>
        ReceivedLateAndDamaged,
        /// <summary>On its way back.</summary>
        InTransit,
        /// <summary>Nothing sent, deadline passed.</summary>
        Overdue,
        /// <summary>The customer reported it stolen: a loss charge is pending.</summary>
        Lost,
        /// <summary>Received complete, on the bench.</summary>
        InInspection,
        /// <summary>Received, inspected and back in stock as refurbished.</summary>
        Refurbished,
    }

    // Quotes not (yet) ordered; the Minato one from 45 business days ago has expired.
    private static readonly (Guid Partner, int Customer, int Endpoints, long Mbps, int IssuedDaysAgo)[] s_openQuotes =
    [
        (s_minato, 14, 250, 200, 2),
        (s_minato, 15, 900, 800, 45),
        (s_hokuriku, 6, 130, 150, 3),
        (s_sakura, 6, 45, 50, 6),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var run = new Run(db, await QuoteCalculator.CatalogAsync(db, cancellationToken), JapaneseFormat.TokyoDate(now),
            new DemoNumbers("Q", await db.Quotes.Select(q => q.Number).ToListAsync(cancellationToken)),
            new DemoNumbers("C", await db.Contracts.Select(c => c.Number).ToListAsync(cancellationToken)),
            await db.Appliances.Include(a => a.History)
                .Where(a => a.ModelCode == ApplianceModel.CyberThreatSensor.Code && a.Status == ApplianceStatus.InStock)
                .OrderBy(a => a.SerialNumber).ToListAsync(cancellationToken));
        var customers = new Dictionary<Guid, List<Customer>>();
        foreach (var partner in new[] { s_minato, s_hokuriku, s_sakura })
        {
            customers[partner] = await db.Customers.AsNoTracking().Where(c => c.PartnerId == partner).OrderBy(c => c.NameKana).ToListAsync(cancellationToken);
        }

        for (int i = 0; i < s_orders.Length; i++)
        {
            var order = s_orders[i];
            run.Order(order, customers[order.Partner][order.Customer], i + 1);
        }

        foreach (var (partner, customer, endpoints, mbps, issuedDaysAgo) in s_openQuotes)
        {
            run.Issue(customers[partner][customer], ServicePlan.SensorService, endpoints, mbps, run.Day(issuedDaysAgo));
        }

        // 002's UTM plan is for chamber members (002 別表).
        var member = customers[s_sakura].Last(c => c.Segment == CustomerSegment.ChamberMember);
        run.Issue(member, ServicePlan.ChamberUtm, 60, 100, run.Day(4));

        run.TakeOutOfService(now);
        await db.SaveChangesAsync(cancellationToken);
    }

    // The demo is built from the domain's own steps; a refused step is a bug in this seed, not something to hide.
    private static void Must(bool done, string step) => Must(done ? null : ContractRefusal.WrongStatus, step);

    private static void Must(ContractRefusal? refusal, string step)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException("A demo order step was refused by the domain rules: " + step);
        }
    }

    // Customer: index in the partner's customers by kana. OrderedDaysAgo: business days from the order to today (every
    // later step is so many business days after the order). Status: where the contract ends up; while it waits at the
    // parameter-sheet or kitting step, Sheet and Kitting say how far those got. Serial: a new unit, else one from stock.
    private sealed record DemoOrder(Guid Partner, int Customer, int Endpoints, long Mbps, int OrderedDaysAgo, ContractStatus Status,
        ParameterSheetStatus Sheet = ParameterSheetStatus.Registered, KittingStatus Kitting = KittingStatus.Assigned, string? Serial = null, bool FromQuote = true,
        bool EndsEarly = false, bool CancelDuringKitting = false, DemoReturn Return = DemoReturn.ReceivedLateAndDamaged)
    {
        public bool SheetReturned => Status == ContractStatus.ParameterSheet && Sheet == ParameterSheetStatus.Returned;

        public bool IsKitted => Reached(ContractStatus.Shipped) || (Status == ContractStatus.Kitting && Kitting == KittingStatus.Kitted);

        // ContractStatus values are in status-line order; Cancelled, last, is off the line (this seed cancels at the order).
        public bool Reached(ContractStatus status) => Status != ContractStatus.Cancelled && Status >= status;

        // Past the sheet step, the sheet was registered (kitting uses the registered sheet, 004 別紙4 §2-1).
        public bool SheetReached(ParameterSheetStatus status) => Reached(ContractStatus.Kitting) || (Status == ContractStatus.ParameterSheet && Sheet >= status);
    }

    private sealed class Run(HubDbContext db, PriceCatalog prices, DateOnly today, DemoNumbers quoteNumbers, DemoNumbers contractNumbers, List<Appliance> stock)
    {
        private static readonly BusinessCalendar s_calendar = BusinessCalendars.SensorServiceDesk;

        private static readonly long[] s_linePlansMbps = [100, 200, 1_000, 10_000];

        private int _nextStock;

        /// <summary>The business day <paramref name="businessDaysAgo"/> before today.</summary>
        public DateOnly Day(int businessDaysAgo) => s_calendar.AddBusinessDays(today, -businessDaysAgo);

        public IssuedQuote Issue(Customer customer, ServicePlan plan, int endpoints, long mbps, DateOnly issuedOn)
        {
            var priced = Price(customer, plan, endpoints, mbps, issuedOn);
            var quote = new IssuedQuote(Guid.NewGuid(), quoteNumbers.Next(issuedOn), customer.PartnerId, customer.Id, plan, endpoints, mbps, priced,
                issuedOn, issuedOn.AddDays(QuotesPermissions.ValidityDays), At(issuedOn, 15), StaffOf(customer.PartnerId));
            db.Quotes.Add(quote);
            return quote;
        }

        public void Order(DemoOrder order, Customer customer, int ordinal)
        {
            var plan = ServicePlan.SensorService;
            var staff = StaffOf(order.Partner);
            var orderedOn = Day(order.OrderedDaysAgo);
            // PlaceOrder takes units and the annual fee from the quote; an order older than the demo's price list is priced by today's.
            var quote = order.FromQuote
                ? Issue(customer, plan, order.Endpoints, order.Mbps, s_calendar.AddBusinessDays(orderedOn, -2))
                : null;
            var priced = quote is null ? Price(customer, plan, order.Endpoints, order.Mbps, today) : null;
            var contract = new ServiceContract(Guid.NewGuid(), contractNumbers.Next(orderedOn), order.Partner, customer.Id, plan.Code,
                quote?.Units ?? priced!.Sizing.Units, quote?.RetailTotal ?? priced!.Retail.GrandTotal, quote?.Id, orderedOn, At(orderedOn, 10, 30), staff,
                quote?.WholesaleTotal ?? priced!.Wholesale.GrandTotal);
            db.Contracts.Add(contract);
            if (order.Status == ContractStatus.Cancelled && order.CancelDuringKitting)
            {
                // As CancelOrder does: the kitting stops and the unit goes back to stock.
                var kitting = order with { Status = ContractStatus.Kitting };
                Fulfil(kitting, contract, Sheet(kitting, customer, contract, ordinal, staff), ordinal, staff);
                var cancelledAt = Step(orderedOn, 5, 11);
                Must(contract.CancelBeforeDelivery(cancelledAt, staff, "お客様の移転計画の中止により受注を取り消し"), "cancel in kitting");
                Must(db.KittingTasks.Local.Single(t => t.ContractId == contract.Id).Cancel(), "kitting cancelled");
                foreach (var unit in db.Appliances.Local.Where(a => a.ContractId == contract.Id).ToList())
                {
                    Must(unit.MoveTo(ApplianceStatus.InStock, Stamp(unit, cancelledAt), Operations, "order cancelled"), "unit back to stock");
                }

                return;
            }

            if (order.Status == ContractStatus.Cancelled)
            {
                Must(contract.CancelBeforeDelivery(Step(orderedOn, 2, 11), staff, "お客様の予算見直しにより受注を取り消し"), "cancel");
                return;
            }

            if (order.Reached(ContractStatus.ParameterSheet))
            {
                var sheet = Sheet(order, customer, contract, ordinal, staff);
                if (order.Reached(ContractStatus.Kitting))
                {
                    Fulfil(order, contract, sheet, ordinal, staff);
                }
            }
        }

        /// <summary>Out-of-service units from the end of the stock, so kitting keeps taking the oldest serials first.</summary>
        public void TakeOutOfService(DateTimeOffset now)
        {
            var faulty = stock[^1];
            var retired = stock[^2];
            Must(faulty.MoveTo(ApplianceStatus.Faulty, Stamp(faulty, now), Operations, "入荷検品で電源ユニットの不良を確認"), "faulty");
            Must(retired.MoveTo(ApplianceStatus.Retired, Stamp(retired, now), Operations, "保守部品の供給終了により廃棄"), "retired");
        }

        // The sheet is created (the contract moves to its parameter-sheet step, as ParameterSheetWork does), submitted,
        // returned or registered by vendor operations.
        private ParameterSheet Sheet(DemoOrder order, Customer customer, ServiceContract contract, int ordinal, string staff)
        {
            var model = ApplianceModel.CyberThreatSensor;
            var content = SheetContent(customer, order, ordinal, withNtp: !order.SheetReturned);
            Must(content.Validate(model).Count == 0, "sheet content");
            var createdAt = Step(contract.OrderedOn, 1, 14);
            Must(contract.StartParameterSheet(createdAt, staff), "sheet step");
            var sheet = new ParameterSheet(Guid.NewGuid(), order.Partner, customer.Id, contract.Id, model.Code, content, createdAt, staff);
            db.ParameterSheets.Add(sheet);
            if (order.SheetReached(ParameterSheetStatus.Submitted))
            {
                Must(sheet.MoveTo(ParameterSheetStatus.Submitted, Step(contract.OrderedOn, 2, 11), staff, null), "submit");
            }

            if (order.SheetReturned)
            {
                Must(sheet.MoveTo(ParameterSheetStatus.Returned, Step(contract.OrderedOn, 3, 16), Operations,
                    "NTP サーバーが未記入です。社内の NTP サーバー、なければ ntp.nict.jp をご記入ください。"), "return");
            }
            else if (order.SheetReached(ParameterSheetStatus.Registered))
            {
                Must(sheet.MoveTo(ParameterSheetStatus.Registered, Step(contract.OrderedOn, 3, 16), Operations, null), "register");
            }

            return sheet;
        }

        // Kitting arranged as ArrangeKitting does, the hardware vendor's checklist and shipment as KittingWork does, the
        // custody receipt as RecordDelivery does, then data collection, the non-renewal notice and the end of the term.
        private void Fulfil(DemoOrder order, ServiceContract contract, ParameterSheet sheet, int ordinal, string staff)
        {
            var orderedOn = contract.OrderedOn;
            var arrangedAt = Step(orderedOn, 4, 10);
            var appliance = order.Serial is { } serial
                ? new Appliance(Guid.NewGuid(), serial, ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, arrangedAt, Operations)
                : stock[_nextStock++];
            if (order.Serial is not null)
            {
                db.Appliances.Add(appliance);
            }

            Must(appliance.AllocateTo(contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, Stamp(appliance, arrangedAt), Operations), "allocate");
            Must(appliance.MoveTo(ApplianceStatus.Kitting, Stamp(appliance, arrangedAt), Operations), "appliance kitting");
            Must(contract.StartKitting(arrangedAt, Operations), "contract kitting");
            var task = new KittingTask(Guid.NewGuid(), contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, arrangedAt);
            db.KittingTasks.Add(task);
            if (!order.IsKitted)
            {
                return;
            }

            foreach (var item in KittingTask.ChecklistItems)
            {
                Must(task.SetChecklistItem(item, true), "checklist");
            }

            if (!order.Reached(ContractStatus.Shipped))
            {
                return;
            }

            var shippedOn = s_calendar.AddBusinessDays(orderedOn, 7);
            var carrier = (Carrier)(ordinal % 3);
            Must(task.Ship(carrier, TrackingNumberFor(ordinal), shippedOn, s_calendar.AddBusinessDays(shippedOn, 2)) is null, "ship");
            var shippedAt = At(shippedOn, 15);
            Must(contract.Ship(shippedAt, Kitter, $"{carrier} {task.TrackingNumber}"), "contract shipped");
            Must(appliance.MoveTo(ApplianceStatus.Shipped, Stamp(appliance, shippedAt), Kitter), "appliance shipped");
            if (!order.Reached(ContractStatus.Delivered))
            {
                return;
            }

            var deliveredOn = s_calendar.AddBusinessDays(shippedOn, 2);
            var receivedAt = Step(orderedOn, 10, 11);
            Must(contract.CompleteDelivery(deliveredOn, receivedAt, Operations), "delivery");
            Must(appliance.MoveTo(ApplianceStatus.AtCustomer, Stamp(appliance, receivedAt), Operations, "custody receipt"), "at customer");
            if (!order.Reached(ContractStatus.Active))
            {
                return;
            }

            // Confirmed by hand, as ParameterSheetWork does; DemoTelemetry then gives the running sensors their telemetry.
            const string Confirmation = "管理ポータルでセンサーからのデータ受信を確認";
            var confirmedAt = Step(orderedOn, 12, 10);
            Must(sheet.MoveTo(ParameterSheetStatus.DataCollectionConfirmed, confirmedAt, Operations, Confirmation), "confirm");
            Must(contract.StartService(confirmedAt, Operations, Confirmation), "active");
            if (!order.Reached(ContractStatus.Ending))
            {
                // Contracts delivered more than a term ago have renewed, as the daily renewal run does.
                contract.RollForward(today, confirmedAt, RenewalRun);
                return;
            }

            if (order.Status == ContractStatus.Terminated || order.EndsEarly)
            {
                EndEarly(order, contract, appliance, staff, ordinal);
                return;
            }

            // The Minato customer that leaves gave notice three weeks ago, in time for its first term (004 §4-3); the
            // ended one a fortnight before its first term's cancel-by date, so its service ended with that term.
            var firstTerm = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1);
            var noticeOn = order.Status == ContractStatus.Ended
                ? s_calendar.OnOrBefore(firstTerm.CancelBy.AddDays(-14))
                : Min(Day(15), firstTerm.CancelBy);
            var receivedOn = s_calendar.AddBusinessDays(noticeOn, -2);
            Must(contract.RecordNonRenewal(new NonRenewalNotice(receivedOn, noticeOn, noticeOn, null), noticeOn, At(noticeOn, 13), staff), "non-renewal notice");
            if (order.Status != ContractStatus.Ended)
            {
                return;
            }

            var lastDay = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.LastTerm!.End;
            Must(contract.End(lastDay.AddDays(1), At(lastDay.AddDays(1), 9), RenewalRun), "ended");
            ReturnUnit(contract, appliance, lastDay, order.Return, ordinal);
        }

        // The customer asked to end early (004 §4-5): the Minato one a month before its last day, which has passed; the
        // Hokuriku one three weeks ago, for a last day next month.
        private void EndEarly(DemoOrder order, ServiceContract contract, Appliance appliance, string staff, int ordinal)
        {
            var lastDay = order.Status == ContractStatus.Terminated ? today.AddDays(-10) : today.AddDays(40);
            var requestedOn = order.Status == ContractStatus.Terminated ? lastDay.AddDays(-30) : today.AddDays(-21);
            Must(contract.ScheduleEnd(lastDay, TerminationCause.CustomerConvenience, requestedOn, "事業所の統合により利用終了のご依頼（書面受領）", requestedOn,
                At(requestedOn, 15), staff), "early end");
            if (order.Status != ContractStatus.Terminated)
            {
                return;
            }

            Must(contract.End(lastDay.AddDays(1), At(lastDay.AddDays(1), 9), RenewalRun), "terminated");
            ReturnUnit(contract, appliance, lastDay, DemoReturn.InTransit, ordinal);
        }

        // The unit comes back through a return (004 §17-1, 別紙4 §4-3/§4-4), as the returns run opens it the morning after
        // the last day, and goes as far as the demo order says.
        private void ReturnUnit(ServiceContract contract, Appliance appliance, DateOnly lastDay, DemoReturn step, int ordinal)
        {
            const string ReturnsRun = "returns-run";
            var policy = contract.Policy();
            var openedAt = At(lastDay.AddDays(1), 9, 5);
            Must(appliance.AwaitReturn(Stamp(appliance, openedAt), ReturnsRun, "return at contract end"), "awaiting return");
            var task = ReturnTask.Open(Guid.NewGuid(), appliance, contract.Id, contract.PartnerId, ReturnReason.ContractEnded, null, null, lastDay.AddDays(1), policy,
                openedAt, ReturnsRun);
            db.ReturnTasks.Add(task);
            if (step == DemoReturn.Overdue)
            {
                return;
            }

            if (step == DemoReturn.Lost)
            {
                const string Stolen = "利用者より盗難の届出（所轄警察署の受理番号を受領）";
                var reportedOn = task.Deadline.AddDays(3);
                Must(task.DeclareLost(Stolen, reportedOn, Operations) is null, "return lost");
                Must(appliance.DeclareLost(Stamp(appliance, At(reportedOn, 10)), Operations, Stolen), "unit lost");
                db.PendingCharges.AddRange(task.ChargesDue(policy.ReturnCharges, policy.Code, At(reportedOn, 10), Operations));
                return;
            }

            var shippedOn = step == DemoReturn.ReceivedLateAndDamaged ? task.Deadline.AddDays(6) : s_calendar.AddBusinessDays(lastDay, 2);
            Must(task.RecordShipment(Carrier.Yamato, TrackingNumberFor(ordinal + 100), shippedOn, today) is null, "return shipped");
            Must(appliance.ShipBack(Stamp(appliance, At(shippedOn, 16)), StaffOf(contract.PartnerId), $"Yamato {task.TrackingNumber}"), "unit shipped back");
            if (step == DemoReturn.InTransit)
            {
                return;
            }

            var receivedOn = s_calendar.AddBusinessDays(shippedOn, 2);
            var receivedAt = Stamp(appliance, At(receivedOn, 11));
            if (step == DemoReturn.ReceivedLateAndDamaged)
            {
                const string Damage = "筐体側面に打痕、LANポート1のツメ破損";
                Must(task.Receive(ReturnCondition.Damaged, receivedOn, Damage, null, today, Kitter) is null, "return received");
                Must(appliance.ReceiveBack(receivedAt, Kitter, "Damaged: " + Damage), "unit received");
                db.PendingCharges.AddRange(task.ChargesDue(policy.ReturnCharges, policy.Code, receivedAt, Kitter));
                return;
            }

            Must(task.Receive(ReturnCondition.Complete, receivedOn, null, null, today, Kitter) is null, "return received");
            Must(appliance.ReceiveBack(receivedAt, Kitter, "Complete"), "unit received");
            var inspectedAt = Stamp(appliance, At(s_calendar.AddBusinessDays(receivedOn, 1), 10));
            Must(appliance.StartInspection(inspectedAt, Kitter), "inspection");
            if (step == DemoReturn.Refurbished)
            {
                Must(task.CompleteInspection(InspectionOutcome.Refurbished), "inspected");
                Must(appliance.Refurbish(Stamp(appliance, At(s_calendar.AddBusinessDays(receivedOn, 3), 15)), Kitter, "初期化・ファームウェア更新・外装清掃"), "refurbished");
            }
        }

        private Quote Price(Customer customer, ServicePlan plan, int endpoints, long mbps, DateOnly on)
        {
            var result = QuoteCalculator.Calculate(prices, plan, customer.Segment, endpoints, mbps, on);
            if (!result.IsQuoted)
            {
                throw new InvalidOperationException("The demo price lists have no price for " + plan.Code + " on " + on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".");
            }

            return result.Quote;
        }

        // A business day a number of business days after the order, at a Tokyo hour; never today or later.
        private DateTimeOffset Step(DateOnly orderedOn, int businessDays, int hour) => At(s_calendar.AddBusinessDays(orderedOn, businessDays), hour);

        private DateTimeOffset At(DateOnly day, int hour, int minute = 0)
        {
            Must(day < today, "a step on " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " is not in the past");
            return BusinessCalendar.TokyoInstant(day, new TimeOnly(hour, minute));
        }

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        // The demo stock is registered when the seed runs, so its history cannot show earlier steps: they are stamped then.
        private static DateTimeOffset Stamp(Appliance appliance, DateTimeOffset at) => at < appliance.History[^1].At ? appliance.History[^1].At : at;

        private static string StaffOf(Guid partner) =>
            DemoDataSeeder.Logins.First(l => l.OrganisationId == partner && l.Role == HubRoles.PartnerStaff).Email;

        private static string TrackingNumberFor(int ordinal)
        {
            string body = (40_000_000_000L + (ordinal * 1_234_567L)).ToString("D11", CultureInfo.InvariantCulture);
            return body + TrackingNumber.ComputeCheckDigit(body).ToString(CultureInfo.InvariantCulture);
        }

        // The customer's internet line as offices in Japan buy it: the smallest common plan that carries the expected
        // traffic. Every order with a sensor at the customer states one (SIM-0008's 200 Mbps line is below the ~250 Mbps its
        // mirror port carries, so its device and sheet pages show "above the contracted line speed"); every other order
        // without one leaves it out, as sheets written before the field existed do.
        private static long? LineSpeedFor(DemoOrder order, int ordinal) =>
            order.Serial is null && ordinal % 2 == 1 ? null : s_linePlansMbps.First(plan => plan >= order.Mbps);

        private static ParameterSheetContent SheetContent(Customer customer, DemoOrder order, int ordinal, bool withNtp)
        {
            string net = "10." + ordinal.ToString(CultureInfo.InvariantCulture);
            return new ParameterSheetContent
            {
                SiteName = customer.Name + " 本社",
                SiteAddress = customer.Prefecture + customer.Address,
                RackLocation = "1F サーバー室 ラック A",
                ManagementIp = net + ".1.20",
                Gateway = net + ".1.1",
                DnsServers = net + ".1.2",
                NtpServers = withNtp ? "ntp.nict.jp" : null,
                MirrorPort = "コアSW GigabitEthernet1/0/48",
                // The office LAN the demo sensors see in their alerts; SIM-0007's customer added it without updating the sheet,
                // so its device page shows the sheet-vs-reported mismatch (issue 14), besides its endpoints above the model.
                MonitoredSegments = order.Serial == "SIM-0007" ? net + ".0.0/16" : net + ".0.0/16, 192.168.10.0/24",
                ExpectedBandwidthMbps = Math.Min(order.Mbps, ApplianceModel.CyberThreatSensor.MaxBandwidthMbps ?? order.Mbps),
                LineSpeedMbps = LineSpeedFor(order, ordinal),
                ExpectedEndpoints = Math.Min(order.Endpoints, ApplianceModel.CyberThreatSensor.MaxEndpoints),
                NotificationEmails = customer.NotificationEmails ?? customer.ServiceContact.Email,
                NotificationLanguage = customer.NotificationLanguage,
                OnSiteContactName = customer.ServiceContact.Name,
                OnSiteContactPhone = customer.ServiceContact.Phone,
            };
        }
    }
}
