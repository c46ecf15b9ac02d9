using PartnerHub.Tests.Support;

// One app (migrated, seeded) serves every integration test; tests that change data use their own records.
[assembly: AssemblyFixture(typeof(HubAppFactory))]
