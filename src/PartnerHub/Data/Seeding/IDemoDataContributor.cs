namespace PartnerHub.Data.Seeding;

/// <summary>
/// A feature's own demo data, seeded after the base demo data (organisations, customers, deployments) and only into a
/// database the seeder has just filled. Lets features that own their write paths (telemetry ingest) seed through them.
/// </summary>
public interface IDemoDataContributor
{
    Task SeedAsync(CancellationToken cancellationToken);
}
