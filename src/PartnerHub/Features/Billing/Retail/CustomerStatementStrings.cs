namespace PartnerHub.Features.Billing.Retail;

/// <summary>Marker for CustomerStatementStrings.resx (customer statements and partners' reminders to their customers).</summary>
public sealed class CustomerStatementStrings
{
}
