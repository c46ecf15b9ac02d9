using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Contracts;

namespace PartnerHub.Features.Contracts.NonRenewal;

/// <summary>Why recording or withdrawing a notice did not happen; nothing was changed or stored.</summary>
public enum NonRenewalProblem
{
    /// <summary>The user's role may not record or withdraw notices.</summary>
    NotAllowed,

    /// <summary>No such contract for this user (another partner's contract is not found either).</summary>
    NotFound,

    /// <summary>Someone changed the contract since it was loaded.</summary>
    Conflict,

    /// <summary>The contract refused the change: see <see cref="NonRenewalResult.Refusal"/>.</summary>
    Refused,

    /// <summary>The letter scan breaks the upload rules: see <see cref="NonRenewalResult.LetterProblem"/>.</summary>
    Letter,

    /// <summary>The stored letter is not what it claimed to be (the scanner did not pass it).</summary>
    LetterNotClean,
}

/// <summary>The outcome of <see cref="RecordNonRenewal"/> or <see cref="WithdrawNonRenewal"/>.</summary>
public sealed record NonRenewalResult(NonRenewalProblem? Problem, ContractRefusal? Refusal = null, AttachmentProblem? LetterProblem = null)
{
    public static NonRenewalResult Done { get; } = new((NonRenewalProblem?)null);

    public bool Succeeded => Problem is null;

    public static NonRenewalResult Fail(NonRenewalProblem problem) => new(problem);

    public static NonRenewalResult Refuse(ContractRefusal refusal) => new(NonRenewalProblem.Refused, refusal);

    public static NonRenewalResult BadLetter(AttachmentProblem problem) => new(NonRenewalProblem.Letter, LetterProblem: problem);
}
