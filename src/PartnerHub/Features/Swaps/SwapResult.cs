using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Hardware.Swaps;

namespace PartnerHub.Features.Swaps;

/// <summary>Why a swap step failed outside the case's own rules.</summary>
public enum SwapFailure
{
    NotAllowed,
    NotFound,
    /// <summary>The appliance is not at the customer, or the contract is not in service.</summary>
    ApplianceNotInService,
    /// <summary>The appliance already has an open swap case.</summary>
    AlreadyOpen,
    InvalidHardwareVendor,
    InsufficientStock,
    InvalidDate,
    /// <summary>The swap cost is already on an invoice: the case can no longer be withdrawn here.</summary>
    ChargeAlreadyBilled,
    /// <summary>The case's own rule refused the step (<see cref="SwapResult.Rule"/>).</summary>
    Rule,
    Conflict,
    /// <summary>An evidence file was refused (<see cref="SwapResult.Evidence"/>).</summary>
    Evidence,
}

/// <summary>The outcome of a swap step: the case's id, or why not.</summary>
public sealed record SwapResult(Guid? SwapCaseId, SwapFailure? Failure, SwapProblem? Rule, AttachmentProblem? Evidence = null)
{
    public bool Succeeded => Failure is null;

    /// <summary>The resource key of the failure's message.</summary>
    public string? MessageKey => Failure switch
    {
        null => null,
        SwapFailure.Rule => "Problem_" + Rule,
        // Upload problems are shared words with the limits filled in: SwapMessages.Describe.
        SwapFailure.Evidence => null,
        { } failure => "Failure_" + failure,
    };

    public static SwapResult Ok(Guid id) => new(id, null, null);

    public static SwapResult Fail(SwapFailure failure) => new(null, failure, null);

    public static SwapResult Refused(SwapProblem problem) => new(null, SwapFailure.Rule, problem);

    public static SwapResult BadEvidence(AttachmentProblem problem) => new(null, SwapFailure.Evidence, null, problem);
}
