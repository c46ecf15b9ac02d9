namespace PartnerHub.Features.Identity.Account;

public enum PasskeyOperation
{
    Create = 0,
    Request = 1,
}
