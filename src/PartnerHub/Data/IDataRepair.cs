namespace PartnerHub.Data;

/// <summary>
/// Data a migration cannot compute in SQL (business-calendar arithmetic, say), brought up to date by the feature that
/// owns it after migrations and seeding at start-up (<see cref="DatabaseInitializer"/>). Must be cheap when nothing is
/// due, and safe to repeat.
/// </summary>
public interface IDataRepair
{
    Task RepairAsync(CancellationToken cancellationToken);
}
