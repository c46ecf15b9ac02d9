using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Escalations;

/// <summary>A note on a case, written by the partner or the desk. Who reads it follows <see cref="TlpPolicy"/>.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="CaseId">The case.</param>
/// <param name="PartnerId">The owning partner.</param>
/// <param name="Author">User who wrote it.</param>
/// <param name="AuthorSide">Partner or desk.</param>
/// <param name="Text">The note.</param>
/// <param name="Visibility">Desk-only or shared with the partner; partner notes are always shared.</param>
/// <param name="Marking">Sharing condition.</param>
/// <param name="At">When it was written.</param>
public sealed record CaseNote(
    Guid Id, Guid CaseId, Guid PartnerId, string Author, CaseSide AuthorSide, string Text, NoteVisibility Visibility, TlpMarking Marking, DateTimeOffset At)
    : IPartnerOwned
{
    /// <summary>Sharing condition in force; changed only through <see cref="SupportCase.ChangeMarking"/>.</summary>
    public TlpMarking Marking { get; private set; } = Marking;

    /// <summary>Whether <paramref name="viewer"/> may see it.</summary>
    public bool IsVisibleTo(TlpAudience viewer) => TlpPolicy.Allows(TlpAction.View, Marking, Visibility, AuthorSide.Audience(), viewer);

    internal void Remark(TlpMarking marking) => Marking = marking;
}
