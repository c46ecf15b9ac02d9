namespace PartnerHub.Domain.Escalations;

/// <summary>
/// Who may view, export or forward an item of a support case (a note, an attachment, a report, the hearing sheet),
/// from its TLP marking (000 §9), whether it is desk-only, and who wrote it. TLP 2.0 adapted to one case: the
/// "recipients" are the desk and the owning partner, the partner's "clients" are its customer, the "community" is
/// every partner of the service.
/// <para>
/// Decision table for items shared with the partner (V = view, E = export, F = forward, – = nothing):
/// <code>
///                 Desk  VendorOps  OwningPartner  Customer  OtherPartner
/// RED             V     –          V              –         –
/// AMBER+STRICT    VE    VE         VE             –         –
/// AMBER           VEF   VEF        VEF            VE        –
/// GREEN           VEF   VEF        VEF            VEF       VEF
/// CLEAR           VEF   VEF        VEF            VEF       VEF
/// </code>
/// For <see cref="NoteVisibility.Internal"/> items the Partner, Customer and OtherPartner columns are empty whatever
/// the marking, and nobody forwards them (desk-only detail never leaves the vendor side):
/// <code>
///                 Desk  VendorOps  others
/// RED             V     –          –
/// AMBER+STRICT    VE    VE         –
/// AMBER           VE    VE         –
/// GREEN           VE    VE         –
/// CLEAR           VE    VE         –
/// </code>
/// </para>
/// <para>Reasons for the cells that are a choice rather than TLP's text:</para>
/// <list type="bullet">
/// <item>RED names the desk and the owning partner as the conversation's recipients; vendor operations are not named.</item>
/// <item>RED is view-only for everyone, the desk included: a PDF or spreadsheet leaves the hub's access control, and
/// TLP:RED allows no copy outside the conversation. Mark what the customer must receive (a report) AMBER.</item>
/// <item>Export otherwise follows view: an export reaches the same people the viewer already may show the item to.</item>
/// <item>Forward means sharing outside one's own organisation, which TLP forbids for RED and AMBER+STRICT; AMBER
/// allows it towards clients who need to know, so the vendor side and the partner may forward to the customer, but
/// the customer, the end of that chain, may not; GREEN and CLEAR allow it to anyone who may view.</item>
/// <item>The author may always view its own item (it wrote it), with no more export or forward rights than its
/// column gives; partner-authored items are never internal (see <see cref="SupportCase.AddPartnerNote"/>).</item>
/// </list>
/// </summary>
public static class TlpPolicy
{
    /// <summary>Whether <paramref name="viewer"/> may do <paramref name="action"/> with the item (see the table above).</summary>
    public static bool Allows(TlpAction action, TlpMarking marking, NoteVisibility visibility, TlpAudience author, TlpAudience viewer)
    {
        bool view = viewer == author || MayView(marking, visibility, viewer);
        return action switch
        {
            TlpAction.View => view,
            TlpAction.Export => MayView(marking, visibility, viewer) && marking != TlpMarking.Red,
            TlpAction.Forward => MayView(marking, visibility, viewer) && visibility == NoteVisibility.SharedWithPartner && MayForward(marking, viewer),
        };
    }

    /// <summary>The actions <paramref name="viewer"/> may take, in <see cref="TlpAction"/> order.</summary>
    public static IReadOnlyList<TlpAction> AllowedActions(TlpMarking marking, NoteVisibility visibility, TlpAudience author, TlpAudience viewer) =>
        [.. Enum.GetValues<TlpAction>().Where(action => Allows(action, marking, visibility, author, viewer))];

    /// <summary>The TLP label as printed on documents and screens, e.g. "TLP:AMBER+STRICT".</summary>
    public static string Label(TlpMarking marking) => marking switch
    {
        TlpMarking.Red => "TLP:RED",
        TlpMarking.AmberStrict => "TLP:AMBER+STRICT",
        TlpMarking.Amber => "TLP:AMBER",
        TlpMarking.Green => "TLP:GREEN",
        TlpMarking.Clear => "TLP:CLEAR",
    };

    private static bool IsVendorSide(TlpAudience audience) => audience is TlpAudience.SecondLineDesk or TlpAudience.VendorOperations;

    private static bool MayView(TlpMarking marking, NoteVisibility visibility, TlpAudience viewer)
    {
        if (visibility == NoteVisibility.Internal && !IsVendorSide(viewer))
        {
            return false;
        }

        return marking switch
        {
            TlpMarking.Red => viewer is TlpAudience.SecondLineDesk or TlpAudience.OwningPartner,
            TlpMarking.AmberStrict => viewer is TlpAudience.SecondLineDesk or TlpAudience.VendorOperations or TlpAudience.OwningPartner,
            TlpMarking.Amber => viewer is not TlpAudience.OtherPartner,
            TlpMarking.Green or TlpMarking.Clear => true,
        };
    }

    private static bool MayForward(TlpMarking marking, TlpAudience viewer) => marking switch
    {
        TlpMarking.Red or TlpMarking.AmberStrict => false,
        TlpMarking.Amber => viewer is not (TlpAudience.Customer or TlpAudience.OtherPartner),
        TlpMarking.Green or TlpMarking.Clear => true,
    };
}
