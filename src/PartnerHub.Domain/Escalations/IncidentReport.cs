namespace PartnerHub.Domain.Escalations;

/// <summary>
/// What the desk reports to the customer (004 別紙3 §1-3-④ to ⑥): the incident status, an outline of resolution and
/// prevention, a specialist company when the customer asks for one (recovery work itself is out of scope), and whether
/// the customer was told it may claim the attached cyber insurance (別紙5). Flat fields, so it maps to one table row.
/// </summary>
/// <param name="IncidentStatus">How the incident stands (インシデント対応状況).</param>
/// <param name="ResolutionOutline">Outline of how to resolve it.</param>
/// <param name="PreventionOutline">Outline of how to prevent it recurring.</param>
/// <param name="Channel">How the report reached the customer.</param>
/// <param name="SpecialistCompany">The specialist company referred, if the customer asked (別紙3 §1-3-⑤).</param>
/// <param name="SpecialistReason">Why that company (what it would do).</param>
/// <param name="InsuranceClaimNoted">Whether the customer was told it may claim the insurance itself (別紙3 §1-3-⑥).</param>
/// <param name="InsuranceNote">What was said about the insurance.</param>
public sealed record IncidentReport(
    string IncidentStatus,
    string ResolutionOutline,
    string PreventionOutline,
    AnswerChannel Channel,
    string? SpecialistCompany = null,
    string? SpecialistReason = null,
    bool InsuranceClaimNoted = false,
    string? InsuranceNote = null)
{
    /// <summary>Whether a specialist company was referred.</summary>
    public bool HasReferral => !string.IsNullOrWhiteSpace(SpecialistCompany);

    /// <summary>
    /// True when the three outlines are present and a referral names its reason: 別紙3 §1-3-④ asks for the status and
    /// both outlines together.
    /// </summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(IncidentStatus)
        && !string.IsNullOrWhiteSpace(ResolutionOutline)
        && !string.IsNullOrWhiteSpace(PreventionOutline)
        && (!HasReferral || !string.IsNullOrWhiteSpace(SpecialistReason));
}
