using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Escalations;

/// <summary>One report made to the customer; a case has several when work resumes after a report.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="CaseId">The case.</param>
/// <param name="PartnerId">The owning partner.</param>
/// <param name="Content">What was reported.</param>
/// <param name="Marking">Sharing condition; the customer receives it, so AMBER or wider.</param>
/// <param name="At">When it was reported.</param>
/// <param name="By">Desk user.</param>
public sealed record CaseReport(Guid Id, Guid CaseId, Guid PartnerId, IncidentReport Content, TlpMarking Marking, DateTimeOffset At, string By)
    : IPartnerOwned;
