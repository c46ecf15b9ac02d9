using System.Text.RegularExpressions;
using NetArchTest.Rules;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Architecture;

public partial class DependencyRulesTests
{
    [Fact]
    public void Domain_DependsOnNoInfrastructure()
    {
        var result = Types.InAssembly(typeof(PartnerHub.Domain.Money.Yen).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MudBlazor", "Microsoft.Playwright", "DocumentFormat.OpenXml", "PartnerHub.Data", "PartnerHub.Features")
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Domain_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(PartnerHub.Domain.Money.Yen).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldAllBe(name => name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib");
    }

    [Fact]
    public void Components_NeverInjectTheDbContext()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "PartnerHub"), "*.razor", SearchOption.AllDirectories)
            .Where(file => InjectsDbContext().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .ToList();

        offenders.ShouldBeEmpty("Components use query and use-case classes; only they open (tenant-scoped) contexts.");
    }

    [Fact]
    public void Lists_PageWithTheListPager()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "PartnerHub", "Features"), "*.razor", SearchOption.AllDirectories)
            .Where(file => File.ReadAllText(file).Contains("<MudDataGridPager", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .ToList();

        offenders.ShouldBeEmpty("Lists page with Components/Lists/ListPager (one component instead of MudDataGridPager's ~25 per list).");
    }

    [Fact]
    public void Features_DoNotUseEachOthersComponents()
    {
        var featuresRoot = Path.Combine(RepositoryPaths.Root, "src", "PartnerHub", "Features");
        var componentsByFeature = Directory.EnumerateDirectories(featuresRoot)
            .ToDictionary(
                dir => Path.GetFileName(dir),
                dir => Directory.EnumerateFiles(dir, "*.razor", SearchOption.AllDirectories).Select(file => Path.GetFileNameWithoutExtension(file)).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
        var violations = new List<string>();
        foreach (var (feature, _) in componentsByFeature)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(featuresRoot, feature), "*.razor", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                foreach (var (otherFeature, components) in componentsByFeature.Where(f => f.Key != feature))
                {
                    violations.AddRange(components
                        .Where(component => Regex.IsMatch(text, $"<{Regex.Escape(component)}[\\s/>]"))
                        .Select(component => $"{Path.GetFileName(file)} uses {otherFeature}/{component}"));
                }
            }
        }

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void Logistics_DoesNotReferenceSwaps()
    {
        // A swap's replacement shipment reaches Swaps through Logistics' own IReplacementShipment, registered by Swaps.
        var result = Types.InAssembly(typeof(PartnerHub.Features.Logistics.KittingWork).Assembly)
            .That().ResideInNamespace("PartnerHub.Features.Logistics")
            .ShouldNot().HaveDependencyOn("PartnerHub.Features.Swaps")
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Swaps_DoesNotReferenceEscalations()
    {
        // Evidence files go through Infrastructure/Attachments and Domain/Attachments; the health snapshot is Devices' own.
        var features = Types.InAssembly(typeof(PartnerHub.Features.Swaps.OpenSwap).Assembly)
            .That().ResideInNamespace("PartnerHub.Features.Swaps")
            .ShouldNot().HaveDependencyOnAny("PartnerHub.Features.Escalations", "PartnerHub.Domain.Escalations")
            .GetResult();
        var domain = Types.InAssembly(typeof(PartnerHub.Domain.Hardware.Swaps.SwapCase).Assembly)
            .That().ResideInNamespace("PartnerHub.Domain.Hardware.Swaps")
            .ShouldNot().HaveDependencyOn("PartnerHub.Domain.Escalations")
            .GetResult();

        (features.FailingTypeNames ?? []).ShouldBeEmpty();
        (domain.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [GeneratedRegex(@"@inject\s+(PartnerHub\.Data\.)?(Sqlite|SqlServer)?HubDbContext\b")]
    private static partial Regex InjectsDbContext();
}
