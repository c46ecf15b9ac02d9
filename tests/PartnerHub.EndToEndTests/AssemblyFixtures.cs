using PartnerHub.EndToEndTests.Support;

[assembly: AssemblyFixture(typeof(HubServer))]
