using System.Reflection;
using System.Text.Json;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Architecture;

/// <summary>appsettings.sample.json documents every setting: each options class's properties must appear in it.</summary>
public class SettingsSampleTests
{
    public static TheoryData<string> OptionsClasses { get; } = new(
        typeof(Program).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is not null)
            .Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(OptionsClasses))]
    public void Sample_ListsEveryPropertyOfTheOptionsClass(string optionsType)
    {
        var type = typeof(Program).Assembly.GetType(optionsType)!;
        var section = (string)type.GetField("Section")!.GetValue(null)!;
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.sample.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        var element = sample.RootElement;
        foreach (var part in section.Split(':'))
        {
            element.TryGetProperty(part, out element).ShouldBeTrue($"Section {section} is missing from appsettings.sample.json.");
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            element.TryGetProperty(property.Name, out _).ShouldBeTrue($"{section}:{property.Name} is missing from appsettings.sample.json.");
        }
    }

    [Fact]
    public void OptionsClasses_AreFound()
    {
        OptionsClasses.Count.ShouldBeGreaterThan(0);
    }
}
