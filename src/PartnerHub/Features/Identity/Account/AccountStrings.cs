namespace PartnerHub.Features.Identity.Account;

/// <summary>Marker for AccountStrings.resx: the texts of the sign-in and account pages.</summary>
public sealed class AccountStrings
{
}
