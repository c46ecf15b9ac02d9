using PartnerHub.Domain.Common;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts;

/// <summary>
/// The usage contract between a customer and the service, formed when the customer buys the service right from
/// its partner (004 §1-4). The term starts on the hardware delivery completion date (004 §4-2).
/// </summary>
public sealed class ServiceContract : IPartnerOwned, IVersioned
{
    private readonly List<ContractEvent> _events = [];

    /// <summary>Records an order for <paramref name="units"/> appliances of <paramref name="planCode"/>.</summary>
    public ServiceContract(Guid id, string number, Guid partnerId, Guid customerId, string planCode, int units, Yen annualFee, Guid? quoteId,
        DateOnly orderedOn, DateTimeOffset at, string by)
    {
        if (units < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(units), "A contract needs at least one appliance.");
        }

        if (annualFee.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(annualFee), "The annual fee cannot be negative.");
        }

        Id = id;
        Number = number;
        PartnerId = partnerId;
        CustomerId = customerId;
        PlanCode = planCode;
        Units = units;
        AnnualFee = annualFee;
        QuoteId = quoteId;
        OrderedOn = orderedOn;
        Status = ContractStatus.Ordered;
        _events.Add(new ContractEvent(Guid.NewGuid(), id, partnerId, ContractStatus.Ordered, at, by, null));
    }

    private ServiceContract()
    {
        Number = PlanCode = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Contract number, e.g. C-20261122-0001.</summary>
    public string Number { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The customer (利用者).</summary>
    public Guid CustomerId { get; private set; }

    /// <summary>The plan sold.</summary>
    public string PlanCode { get; private set; }

    /// <summary>Appliances on loan under this contract (004 §3-3).</summary>
    public int Units { get; private set; }

    /// <summary>The annual fee the customer pays, tax included, from the accepted quote.</summary>
    public Yen AnnualFee { get; private set; }

    /// <summary>The quote the order came from, if any.</summary>
    public Guid? QuoteId { get; private set; }

    /// <summary>Date of the order (the contract forms then, 004 §1-4).</summary>
    public DateOnly OrderedOn { get; private set; }

    /// <summary>Delivery completion date: the term starts here (004 §4-2). Null until delivered.</summary>
    public DateOnly? DeliveryCompletedOn { get; private set; }

    /// <summary>Date the customer's written non-renewal notice reached the vendor via the partner (004 §4-3).</summary>
    public DateOnly? NonRenewalNoticeOn { get; private set; }

    /// <summary>Current status.</summary>
    public ContractStatus Status { get; private set; }

    /// <summary>Every status change, oldest first.</summary>
    public IReadOnlyList<ContractEvent> Events => _events;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>Moves the contract along its status line; only the next steps of the lifecycle are allowed.</summary>
    /// <returns>False (and nothing changes) when the move is not allowed from the current status.</returns>
    public bool MoveTo(ContractStatus next, DateTimeOffset at, string by, string? note = null)
    {
        if (!CanMoveTo(next))
        {
            return false;
        }

        Status = next;
        _events.Add(new ContractEvent(Guid.NewGuid(), Id, PartnerId, next, at, by, note));
        return true;
    }

    /// <summary>Records delivery completion (custody receipt received, 003 §15): fixes the term start (004 §4-2).</summary>
    public bool CompleteDelivery(DateOnly deliveredOn, DateTimeOffset at, string by)
    {
        if (Status != ContractStatus.Shipped || deliveredOn < OrderedOn)
        {
            return false;
        }

        DeliveryCompletedOn = deliveredOn;
        return MoveTo(ContractStatus.Delivered, at, by);
    }

    /// <summary>Records the customer's non-renewal notice (004 §4-3); whether it is in time is the term rules' call.</summary>
    public bool RecordNonRenewalNotice(DateOnly noticeOn, DateTimeOffset at, string by)
    {
        if (Status is not (ContractStatus.Delivered or ContractStatus.Active))
        {
            return false;
        }

        NonRenewalNoticeOn = noticeOn;
        return MoveTo(ContractStatus.EndingAtTermEnd, at, by);
    }

    /// <summary>
    /// The contract's terms under its plan's rules, once delivery has completed (004 §4-2); for a plan whose start
    /// follows the application date (002 §4), the start is derived from the order date. Null before delivery.
    /// </summary>
    public Terms.ContractTimeline? Timeline()
    {
        if (DeliveryCompletedOn is not { } delivered)
        {
            return null;
        }

        var policy = Terms.ServicePlanPolicy.ForPlan(PlanCode);
        var start = policy.TermStart == Terms.TermStartRule.DeliveryCompletion ? delivered : Terms.ContractTimeline.StartFor(policy, OrderedOn);
        return new Terms.ContractTimeline(policy, start, NonRenewalNoticeOn);
    }

    /// <summary>Whether <paramref name="next"/> follows the current status in the lifecycle.</summary>
    public bool CanMoveTo(ContractStatus next) => (Status, next) switch
    {
        (ContractStatus.Ordered, ContractStatus.ParameterSheet) => true,
        (ContractStatus.ParameterSheet, ContractStatus.Kitting) => true,
        (ContractStatus.Kitting, ContractStatus.Shipped) => true,
        (ContractStatus.Shipped, ContractStatus.Delivered) => DeliveryCompletedOn is not null,
        (ContractStatus.Delivered, ContractStatus.Active) => true,
        (ContractStatus.Delivered or ContractStatus.Active, ContractStatus.EndingAtTermEnd) => NonRenewalNoticeOn is not null,
        (ContractStatus.Delivered or ContractStatus.Active or ContractStatus.EndingAtTermEnd, ContractStatus.Terminated) => true,
        (ContractStatus.Ordered or ContractStatus.ParameterSheet or ContractStatus.Kitting, ContractStatus.Cancelled) => true,
        _ => false,
    };
}

/// <summary>One status change of a contract.</summary>
public sealed record ContractEvent(Guid Id, Guid ContractId, Guid PartnerId, ContractStatus Status, DateTimeOffset At, string By, string? Note) : IPartnerOwned;
