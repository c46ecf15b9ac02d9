namespace PartnerHub.Domain.Escalations;

/// <summary>Maps a case side to its TLP audience.</summary>
public static class CaseSideExtensions
{
    /// <summary>The partner side is the owning partner; the desk side is the second-line desk.</summary>
    public static TlpAudience Audience(this CaseSide side) => side switch
    {
        CaseSide.Partner => TlpAudience.OwningPartner,
        CaseSide.Desk => TlpAudience.SecondLineDesk,
    };
}
