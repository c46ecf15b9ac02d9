using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.ScaleData;

namespace PartnerHub.Tests.Tools;

/// <summary>The scale-data command (tools/PartnerHub.ScaleData) at a tiny scale: one generated file for all checks.</summary>
public sealed class ScaleDataGeneratorTests(ScaleDataFixture data) : IClassFixture<ScaleDataFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Plan_WhenScaled_IsTheIssuesFiguresTimesTheScale()
    {
        var plan = data.Report.Plan;

        plan.ShouldBe(new ScalePlan(20, 600, 300, 12, 12_000, 30, 30, 30));
    }

    [Fact]
    public async Task Generate_WhenTinyScale_AddsExactlyThePlannedRows()
    {
        await using var db = data.Context(TenantScope.System);
        var counts = await RowCounts.ReadAsync(db, Token);
        var plan = data.Report.Plan;

        long Added(string table) => counts[table] - data.Report.Demo[table];
        Added("Partners").ShouldBe(plan.Partners);
        Added("Customers").ShouldBe(plan.Customers);
        Added("Contracts").ShouldBe(plan.Contracts);
        Added("Appliances").ShouldBe(plan.Appliances);
        Added("SensorEvents").ShouldBe(plan.Events);
        Added("SupportCases").ShouldBe(plan.Cases);
        Added("Quotes").ShouldBe(plan.Quotes);
        Added("AlertDailyCounts").ShouldBeGreaterThan(0);
        // The ingest kept the daily counts: they add up to the alerts of registered appliances.
        (await db.AlertDailyCounts.SumAsync(c => c.Count, Token)).ShouldBe(
            await db.SensorEvents.CountAsync(e => e.ApplianceId != null && e.ThreatClass != null, Token));
    }

    [Fact]
    public async Task Generate_WhenTinyScale_ReachesEveryStatus()
    {
        await using var db = data.Context(TenantScope.System);

        (await db.Contracts.Select(c => c.Status).Distinct().ToListAsync(Token)).ShouldBe(Enum.GetValues<ContractStatus>(), ignoreOrder: true);
        (await db.ParameterSheets.Select(s => s.Status).Distinct().ToListAsync(Token)).ShouldBe(Enum.GetValues<ParameterSheetStatus>(), ignoreOrder: true);
        (await db.SupportCases.Select(c => c.Status).Distinct().ToListAsync(Token)).ShouldBe(Enum.GetValues<SupportCaseStatus>(), ignoreOrder: true);
        (await db.DeviceHealths.Select(h => h.State).Distinct().ToListAsync(Token))
            .ShouldBe([DeviceState.Online, DeviceState.Degraded, DeviceState.Silent, DeviceState.Offline], ignoreOrder: true);
    }

    [Fact]
    public async Task Generate_WhenTinyScale_EveryContractHistoryFollowsTheStatusLine()
    {
        await using var db = data.Context(TenantScope.System);
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Events).ToListAsync(Token);

        contracts.ShouldNotBeEmpty();
        foreach (var contract in contracts)
        {
            var statuses = contract.Events.Where(e => e.Kind == ContractEventKind.StatusChanged).OrderBy(e => e.At).ThenBy(e => e.Status).Select(e => e.Status).ToList();
            statuses[0].ShouldBe(ContractStatus.Ordered, contract.Number);
            statuses[^1].ShouldBe(contract.Status, contract.Number);
            // Built through the aggregate's own steps: every step moves forward on the line (cancelled is off it, last).
            statuses.ShouldBeInOrder(SortDirection.Ascending, contract.Number);
            if (contract.Status is ContractStatus.Ended or ContractStatus.Terminated)
            {
                contract.ServiceEndedOn.ShouldNotBeNull(contract.Number);
            }
        }
    }

    [Fact]
    public async Task Queries_WhenPartnerStaffAsks_SeeOnlyTheirPartnersRows()
    {
        await using var system = data.Context(TenantScope.System);
        var partner = await system.Organisations.Where(o => o.Kind == OrganisationKind.SalesPartner)
            .OrderByDescending(o => system.DeviceHealths.Count(h => h.PartnerId == o.Id)).FirstAsync(Token);
        await using var db = data.Context(new TenantScope("u-scale", "staff@scale.example", partner.Id, OrganisationKind.SalesPartner));

        var customers = await db.Customers.Select(c => c.PartnerId).ToListAsync(Token);
        var contracts = await db.Contracts.Select(c => c.PartnerId).ToListAsync(Token);
        var events = await db.SensorEvents.Select(e => e.PartnerId).ToListAsync(Token);
        var devices = await db.DeviceHealths.Select(h => h.PartnerId).ToListAsync(Token);
        var cases = await db.SupportCases.Select(c => c.PartnerId).ToListAsync(Token);

        customers.ShouldNotBeEmpty();
        devices.ShouldNotBeEmpty();
        customers.ShouldAllBe(p => p == partner.Id);
        contracts.ShouldAllBe(p => p == partner.Id);
        events.ShouldAllBe(p => p == partner.Id);
        devices.ShouldAllBe(p => p == partner.Id);
        cases.ShouldAllBe(p => p == partner.Id);
        customers.Count.ShouldBe(await system.Customers.CountAsync(c => c.PartnerId == partner.Id, Token));
        events.Count.ShouldBe(await system.SensorEvents.CountAsync(e => e.PartnerId == partner.Id, Token));
    }

    [Fact]
    public async Task Generate_WhenTheFileExists_RefusesWithoutForce()
    {
        string file = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"{Guid.NewGuid():N}-existing.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "not a database", Token);
        try
        {
            var generator = new ScaleDataGenerator(new ScaleDataOptions { Database = file, Scale = 0.01 }, TextWriter.Null);

            await Should.ThrowAsync<ScaleDataException>(() => generator.RunAsync(Token));
            (await File.ReadAllTextAsync(file, Token)).ShouldBe("not a database");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Parse_WhenOptionsGiven_ReadsThemAndRequiresADatabase()
    {
        var options = ScaleDataOptions.Parse(["--database", "x.db", "--scale", "0.5", "--events", "1_000", "--now", "2026-12-01T09:00:00+09:00", "--force"], out _);

        options.ShouldNotBeNull();
        options.Scale.ShouldBe(0.5);
        options.Events.ShouldBe(1_000);
        options.Now.ShouldBe(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        options.Force.ShouldBeTrue();
        ScaleDataOptions.Parse(["--scale", "1"], out var error).ShouldBeNull();
        error.ShouldNotBeNull();
    }
}

/// <summary>Generates one tiny file (the issue's figures × 0.006) for the tests above and deletes it afterwards.</summary>
public sealed class ScaleDataFixture : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"{Guid.NewGuid():N}-scale.db");
    private HubDbContextOptions? _contextOptions;

    public ScaleDataReport Report { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // A fixed "now", so the file is the same on every run.
        var options = new ScaleDataOptions { Database = _file, Scale = 0.006, Now = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero) };
        Report = await new ScaleDataGenerator(options, TextWriter.Null).RunAsync(TestContext.Current.CancellationToken);
        var connection = new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString();
        _contextOptions = new HubDbContextOptions(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connection }),
            NullLoggerFactory.Instance);
    }

    public HubDbContext Context(TenantScope scope) => _contextOptions!.Create(scope, TimeProvider.System);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }

        return ValueTask.CompletedTask;
    }
}
