using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Runs;

/// <summary>What the invoicing run reads of a contract (a projection, so a month-end run over every contract stays light).</summary>
public sealed record ContractFacts(
    Guid Id, string Number, Guid PartnerId, string PlanCode, Yen? WholesaleAnnualFee, ContractStatus Status, DateOnly OrderedOn,
    DateOnly? DeliveryCompletedOn, DateOnly? ServiceStartOn, int CurrentTerm, DateOnly? NonRenewalNoticeOn, DateOnly? EarlyEndOn,
    TerminationCause? EarlyEndCause, PlanPolicySettings? PolicySettings = null)
{
    /// <summary>The facts of <paramref name="contract"/>.</summary>
    public static ContractFacts Of(ServiceContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new(contract.Id, contract.Number, contract.PartnerId, contract.PlanCode, contract.WholesaleAnnualFee, contract.Status, contract.OrderedOn,
            contract.DeliveryCompletedOn, contract.ServiceStartOn, contract.CurrentTerm, contract.NonRenewalNoticeOn, contract.EarlyEndOn, contract.EarlyEndCause, contract.PolicySettings);
    }

    /// <summary>The rules the contract was made under (<see cref="ServiceContract.Policy()"/>), or false when its plan names no policy.</summary>
    public bool TryPolicy([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServicePlanPolicy? policy) =>
        PlanPolicyVersions.TryKept(PlanCode, PolicySettings, out policy);

    /// <summary>
    /// The facts of <paramref name="contract"/> billed at its retail fee (<see cref="ServiceContract.AnnualFee"/>): what the partner
    /// charges its customer, by the same terms as the vendor's wholesale charges (first term, renewals).
    /// </summary>
    public static ContractFacts RetailOf(ServiceContract contract) => Of(contract) with { WholesaleAnnualFee = contract.AnnualFee };

    /// <summary>
    /// The terms as the contract has them once delivered (<see cref="ServiceContract.Timeline"/>). Before delivery only a plan whose
    /// terms start from the application (002 §4-2) has them already: its first term is paid before the appliance ships (002 §13-4).
    /// </summary>
    public ContractTimeline? Timeline(ServicePlanPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        bool fromApplication = policy.TermStart != TermStartRule.DeliveryCompletion;
        DateOnly? start = DeliveryCompletedOn is { } delivered
            ? ServiceStartOn ?? (fromApplication ? ContractTimeline.StartFor(policy, OrderedOn) : delivered)
            : policy.FiscalYearAligned && fromApplication && Status != ContractStatus.Cancelled ? ContractTimeline.StartFor(policy, OrderedOn) : null;
        return start is { } first ? new ContractTimeline(policy, first, NonRenewalNoticeOn, EarlyEndOn) : null;
    }
}
