using PartnerHub.Domain.Contracts.Guidance;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Contracts.RenewalGuidance;

/// <summary>What the guidance letter prints: the addressee, the partner as sender and contact, and the letter's facts.</summary>
public sealed record GuidanceLetterModel(
    string ContractNumber, string PlanCode, int Units, string CustomerName, string? CustomerPostalCode, string? CustomerAddress, string ContactName,
    string? ContactDepartment, string PartnerName, string? PartnerPostalCode, string? PartnerAddress, string? PartnerPhone, GuidanceFacts Facts,
    DateOnly IssuedOn, bool JapaneseEra)
{
    public static GuidanceLetterModel For(GuidanceLetter letter, string planCode, int units, Customer customer, Organisation partner)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(partner);
        return new GuidanceLetterModel(letter.ContractNumber, planCode, units, customer.Name, customer.PostalCode,
            string.Concat(customer.Prefecture, customer.Address), customer.ServiceContact.Name, customer.ServiceContact.Department, partner.Name,
            partner.PostalCode, partner.Address, partner.Phone, letter.Facts, letter.IssuedOn, letter.JapaneseEra);
    }
}
