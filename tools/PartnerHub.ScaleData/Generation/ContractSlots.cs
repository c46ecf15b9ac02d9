using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.ScaleData.Generation;

/// <summary>What part an appliance from the inventory plays in a contract's story.</summary>
internal enum ApplianceRole
{
    None,

    /// <summary>Allocated and at the hardware vendor for kitting.</summary>
    Kitting,

    /// <summary>On its way to the customer.</summary>
    Shipped,

    /// <summary>At the customer, not yet reporting (delivered, data collection not confirmed).</summary>
    Installed,

    /// <summary>At the customer and sending telemetry.</summary>
    Reporting,

    /// <summary>Back from an ended contract, waiting for inspection.</summary>
    Returned,

    /// <summary>Back from an ended contract, inspected and in stock again.</summary>
    Restocked,
}

/// <summary>The dates of one contract's story, Tokyo days; null for steps it has not reached.</summary>
internal sealed class ContractDates
{
    public DateOnly Ordered { get; set; }

    public DateOnly? Sheet { get; set; }

    public DateOnly? Kitting { get; set; }

    public DateOnly? Shipped { get; set; }

    public DateOnly? Delivered { get; set; }

    public DateOnly? Activated { get; set; }

    public DateOnly? Notice { get; set; }

    public DateOnly? Ended { get; set; }

    public DateOnly? Cancelled { get; set; }

    public ContractStatus? CancelledFrom { get; set; }

    public bool EndedEarly { get; set; }
}

/// <summary>One contract to make: its target status, customer, plan, network size, dates and appliance role.</summary>
internal sealed class ContractSlot(ContractStatus status)
{
    public ContractStatus Status { get; set; } = status;

    public ApplianceRole Appliance { get; set; }

    /// <summary>Delivered inside the telemetry window: the ingest of its first telemetry activates it.</summary>
    public bool ActivatedByTelemetry { get; set; }

    public CustomerRef Customer { get; set; } = null!;

    public ServicePlan Plan { get; set; } = ServicePlan.SensorService;

    public int Endpoints { get; set; }

    public long BandwidthMbps { get; set; }

    public ContractDates Dates { get; } = new();

    /// <summary>Set when the contract came from a quote.</summary>
    public bool FromQuote { get; set; }
}

/// <summary>
/// Decides every contract's story before any row is made: the status mix, which contracts have an appliance from the
/// inventory (and in what role), the dates of each step, and a customer already registered when the order came in.
/// </summary>
internal sealed class ContractPlanner(GenerationContext context, Random random)
{
    private readonly CustomerRef[] _byRegistration = [.. context.World.Customers.OrderBy(c => c.RegisteredAt)];

    private DateOnly Today => context.Today;

    public List<ContractSlot> Plan(ApplianceBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var slots = context.Plan.ContractStatuses.SelectMany(s => Enumerable.Range(0, s.Value).Select(_ => new ContractSlot(s.Key))).ToList();
        Generate.Shuffle(slots, random);
        Assign(slots, ContractStatus.Kitting, ApplianceRole.Kitting, budget.Kitting);
        Assign(slots, ContractStatus.Shipped, ApplianceRole.Shipped, budget.Shipped);
        Assign(slots, ContractStatus.Delivered, ApplianceRole.Installed, budget.Installed);
        Assign(slots, ContractStatus.Terminated, ApplianceRole.Returned, budget.Returned);
        Assign(slots, ContractStatus.Terminated, ApplianceRole.Restocked, budget.Restocked);
        var running = slots.Where(s => s.Status is ContractStatus.Active or ContractStatus.Ending && s.Appliance == ApplianceRole.None)
            .Take(budget.Reporting).ToList();
        foreach (var slot in running)
        {
            slot.Appliance = ApplianceRole.Reporting;
        }

        // About one in ten sensors was installed during the telemetry window: its first telemetry starts the service.
        var recent = running.Where(s => s.Status == ContractStatus.Active).ToList();
        foreach (var slot in recent.Take(context.Plan.Events > 0 ? Math.Max(1, recent.Count / 10) : 0))
        {
            slot.ActivatedByTelemetry = true;
        }

        foreach (var slot in slots)
        {
            Size(slot);
            Date(slot);
        }

        return slots;
    }

    private static void Assign(List<ContractSlot> slots, ContractStatus status, ApplianceRole role, int count)
    {
        foreach (var slot in slots.Where(s => s.Status == status && s.Appliance == ApplianceRole.None).Take(count))
        {
            slot.Appliance = role;
        }
    }

    private void Size(ContractSlot slot)
    {
        // Sizing is the Domain's (ApplianceSizing): a contract with an inventory appliance is one appliance's worth.
        bool single = slot.Appliance != ApplianceRole.None;
        slot.Plan = ServicePlan.SensorService;
        slot.Endpoints = single || random.NextDouble() < 0.85 ? 20 + (int)(900 * Math.Pow(random.NextDouble(), 2)) : 1_001 + random.Next(0, 3_500);
        slot.BandwidthMbps = 30 + (long)(900 * Math.Pow(random.NextDouble(), 1.5));
        slot.Customer = PickCustomer(slot);
        if (slot.Customer.Segment == Domain.Customers.CustomerSegment.ChamberMember && random.NextDouble() < 0.4)
        {
            // The chamber of commerce's UTM service (002): small offices, about a hundred devices per UTM.
            slot.Plan = ServicePlan.ChamberUtm;
            slot.Endpoints = single || random.NextDouble() < 0.9 ? 5 + random.Next(0, 95) : 101 + random.Next(0, 150);
            slot.BandwidthMbps = 20 + random.Next(0, 280);
        }
    }

    private CustomerRef PickCustomer(ContractSlot slot)
    {
        // Registered well before the order this status needs: binary search the customers sorted by registration.
        var latest = Today.AddDays(-MinimumAgeDays(slot));
        var latestInstant = Generate.OfficeTime(latest, random);
        int low = 0, high = _byRegistration.Length;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_byRegistration[middle].RegisteredAt <= latestInstant)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low == 0 ? _byRegistration[0] : _byRegistration[random.Next(low)];
    }

    private int MinimumAgeDays(ContractSlot slot) => slot.Status switch
    {
        ContractStatus.Ordered => 1,
        ContractStatus.ParameterSheet => 10,
        ContractStatus.Kitting or ContractStatus.Shipped or ContractStatus.Delivered => 50,
        ContractStatus.Active => slot.ActivatedByTelemetry ? 60 : slot.Appliance == ApplianceRole.Reporting ? context.Plan.TelemetryDays + 60 : 60,
        ContractStatus.Ending => 150,
        ContractStatus.Terminated or ContractStatus.Ended => 500,
        ContractStatus.Cancelled => 30,
    };

    private void Date(ContractSlot slot)
    {
        var d = slot.Dates;
        int window = context.Plan.TelemetryDays;
        switch (slot.Status)
        {
            case ContractStatus.Ordered:
                d.Ordered = Day(Today.AddDays(-random.Next(0, 21)));
                break;
            case ContractStatus.ParameterSheet:
                d.Ordered = Day(Today.AddDays(-random.Next(3, 46)));
                d.Sheet = d.Ordered.AddDays(random.Next(1, 4));
                break;
            case ContractStatus.Kitting:
                BackFrom(d, kitting: Today.AddDays(-random.Next(0, 12)));
                break;
            case ContractStatus.Shipped:
                BackFrom(d, shipped: Today.AddDays(-random.Next(0, 3)));
                break;
            case ContractStatus.Delivered:
                BackFrom(d, delivered: Today.AddDays(-random.Next(0, 10)));
                break;
            case ContractStatus.Active when slot.ActivatedByTelemetry:
                BackFrom(d, delivered: Today.AddDays(-random.Next(3, Math.Max(4, window - 1))));
                break;
            case ContractStatus.Active:
                BackFrom(d, delivered: Today.AddDays(-(slot.Appliance == ApplianceRole.Reporting ? window + 2 : 8) - random.Next(0, 3 * 365)));
                d.Activated = d.Delivered!.Value.AddDays(random.Next(1, 6));
                break;
            case ContractStatus.Ending:
                BackFrom(d, delivered: Today.AddDays(-90 - random.Next(0, 3 * 365)));
                d.Activated = d.Delivered!.Value.AddDays(random.Next(1, 6));
                break;
            case ContractStatus.Terminated:
                BackFrom(d, delivered: Today.AddDays(-400 - random.Next(0, 4 * 365)));
                d.Activated = d.Delivered!.Value.AddDays(random.Next(1, 6));
                break;
            case ContractStatus.Cancelled:
                d.Ordered = Day(Today.AddDays(-random.Next(10, 2 * 365)));
                d.CancelledFrom = random.NextDouble() < 0.55 ? ContractStatus.Ordered : ContractStatus.ParameterSheet;
                d.Sheet = d.CancelledFrom == ContractStatus.ParameterSheet ? d.Ordered.AddDays(random.Next(1, 4)) : null;
                d.Cancelled = Clamp((d.Sheet ?? d.Ordered).AddDays(random.Next(3, 31)));
                break;
        }

        ShiftAfterRegistration(slot);
        if (slot.Status == ContractStatus.Ending)
        {
            NoticeInCurrentTerm(slot);
        }
        else if (slot.Status == ContractStatus.Terminated)
        {
            EndInPastTerm(slot);
            // The mix counts every service that ended; one that ran to its last term's end has ended, not terminated.
            slot.Status = d.EndedEarly ? ContractStatus.Terminated : ContractStatus.Ended;
        }
    }

    // Steps before delivery take days to weeks: sheet → kitting 5–15 days, kitting → shipping 3–7, shipping → delivery 1–3.
    private void BackFrom(ContractDates d, DateOnly? kitting = null, DateOnly? shipped = null, DateOnly? delivered = null)
    {
        if (delivered is { } deliveredOn)
        {
            d.Delivered = Day(deliveredOn);
            shipped = d.Delivered.Value.AddDays(-random.Next(1, 4));
        }

        if (shipped is { } shippedOn)
        {
            d.Shipped = Day(shippedOn);
            kitting = d.Shipped.Value.AddDays(-random.Next(3, 8));
        }

        d.Kitting = Day(kitting!.Value);
        d.Sheet = d.Kitting.Value.AddDays(-random.Next(5, 16));
        d.Ordered = Day(d.Sheet.Value.AddDays(-random.Next(1, 4)));
    }

    // A customer registered after the planned order date (only in tiny runs) moves the whole story later, never past today.
    private void ShiftAfterRegistration(ContractSlot slot)
    {
        var d = slot.Dates;
        var registered = Domain.Calendars.BusinessCalendar.TokyoDate(slot.Customer.RegisteredAt).AddDays(1);
        int shift = Math.Max(0, registered.DayNumber - d.Ordered.DayNumber);
        d.Ordered = Clamp(d.Ordered.AddDays(shift));
        d.Sheet = Later(d.Sheet, shift);
        d.Kitting = Later(d.Kitting, shift);
        d.Shipped = Later(d.Shipped, shift);
        d.Delivered = Later(d.Delivered, shift);
        d.Activated = Later(d.Activated, shift);
        d.Cancelled = Later(d.Cancelled, shift);

        DateOnly? Later(DateOnly? day, int days) => day is { } value ? Clamp(value.AddDays(days)) : null;
    }

    // The notice came in the term running today, before its cancel-by date when there was still time (else it ends the next term).
    private void NoticeInCurrentTerm(ContractSlot slot)
    {
        var d = slot.Dates;
        var timeline = Timeline(slot);
        var term = timeline.TermOn(Today) ?? timeline.Term(1);
        var first = Max(term.Start, d.Activated!.Value.AddDays(1));
        var last = term.CancelBy >= first && term.CancelBy <= Today ? term.CancelBy : Today;
        d.Notice = first >= last ? Min(first, Today) : first.AddDays(random.Next(0, last.DayNumber - first.DayNumber + 1));
    }

    // A past term's notice ended the service at that term's end; one in ten ended early instead (closure, relocation).
    private void EndInPastTerm(ContractSlot slot)
    {
        var d = slot.Dates;
        var timeline = Timeline(slot);
        var candidates = timeline.Terms().TakeWhile(t => t.End < Today.AddDays(-1))
            .Where(t => t.CancelBy > d.Activated!.Value)
            .ToList();
        if (candidates.Count > 0 && random.NextDouble() >= 0.1)
        {
            var term = candidates[random.Next(candidates.Count)];
            var first = Max(term.Start, d.Activated!.Value.AddDays(1));
            var notice = first.AddDays(random.Next(0, Math.Max(1, term.CancelBy.DayNumber - first.DayNumber + 1)));
            var end = timeline.LastTermAfterNotice(notice).End;
            if (end < Today)
            {
                d.Notice = notice;
                d.Ended = end.AddDays(1);
                return;
            }
        }

        // The last day falls in the service: a 002 contract can be activated weeks before its 利用開始日 (002 §13-3), and the
        // contract refuses an end before its service starts.
        d.EndedEarly = true;
        var earliest = Max(d.Activated!.Value.AddDays(1), timeline.ServiceStart.AddDays(1));
        int span = Math.Max(1, Today.DayNumber - earliest.DayNumber);
        d.Ended = Min(Today, earliest.AddDays(random.Next(0, span)));
    }

    private static ContractTimeline Timeline(ContractSlot slot)
    {
        var policy = ServicePlanPolicy.ForPlan(slot.Plan.Code);
        // As ServiceContract.CompleteDelivery fixes it: 004 from the day after delivery (民法 §140), 002 from its 利用開始日.
        var start = ContractTimeline.StartFor(policy, policy.TermStart == TermStartRule.DeliveryCompletion ? slot.Dates.Delivered!.Value : slot.Dates.Ordered);
        return new ContractTimeline(policy, start);
    }

    private static DateOnly Day(DateOnly day) => Generate.BusinessDayOnOrBefore(day);

    private DateOnly Clamp(DateOnly day) => day > Today ? Today : day;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>How the inventory is split: appliances in motion follow the contracts at those steps, the rest report or wait in stock.</summary>
internal sealed record ApplianceBudget(int Kitting, int Shipped, int Installed, int Reporting, int Returned, int Restocked, int InStock, int Faulty, int Retired)
{
    public int Total => Kitting + Shipped + Installed + Reporting + Returned + Restocked + InStock + Faulty + Retired;

    public static ApplianceBudget For(ScalePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var statuses = plan.ContractStatuses;
        int total = plan.Appliances;
        int Share(double share) => (int)Math.Round(total * share, MidpointRounding.AwayFromZero);
        int inStock = Math.Max(1, Share(0.02));
        int restocked = Math.Min(Share(0.01), statuses[ContractStatus.Terminated] / 2);
        int returned = Math.Min(Share(0.01), statuses[ContractStatus.Terminated] - restocked);
        int faulty = Share(0.006);
        int retired = Share(0.004);
        int kitting = Math.Min(statuses[ContractStatus.Kitting], total / 10);
        int shipped = Math.Min(statuses[ContractStatus.Shipped], total / 10);
        int installed = Math.Min(statuses[ContractStatus.Delivered], total / 10);
        int left = total - inStock - restocked - returned - faulty - retired - kitting - shipped - installed;
        int reporting = Math.Min(left, statuses[ContractStatus.Active] + statuses[ContractStatus.Ending]);
        // More appliances than running contracts: the rest waits in stock.
        return new ApplianceBudget(kitting, shipped, installed, reporting, returned, restocked, inStock + left - reporting, faulty, retired);
    }
}
