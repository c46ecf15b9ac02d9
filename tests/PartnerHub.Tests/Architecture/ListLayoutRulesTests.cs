using System.Text.RegularExpressions;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Architecture;

/// <summary>
/// Issue 10, "readable on the screens people use": a list wider than the screen scrolls sideways with its first column kept in
/// view, and a list of more than seven columns lets each user choose the columns to see. Read from the pages' markup, so a new
/// list is held to it the day it is added.
/// </summary>
public partial class ListLayoutRulesTests
{
    private const int MostColumnsWithoutChooser = 7;

    // Their lists are being reworked on a branch of their own (pager, column widths); drop an entry once its lists follow the rules.
    private static readonly string[] s_notYetCovered = [Path.Combine("Features", "Billing"), Path.Combine("Features", "ServiceNotices")];

    [Fact]
    public void DataGrids_EveryOne_ScrollSidewaysWithTheFirstColumnKeptInView()
    {
        var offenders = Grids().Where(g => !g.Tag.Contains("HorizontalScrollbar=\"true\"", StringComparison.Ordinal) || !FirstColumnSticks(g.Body))
            .Select(g => g.File).ToList();

        offenders.ShouldBeEmpty("A MudDataGrid sets HorizontalScrollbar=\"true\" and StickyLeft=\"true\" on its first column.");
    }

    [Fact]
    public void DataGrids_MoreThanSevenColumns_OfferTheColumnChooser()
    {
        var offenders = Grids().Where(g => ColumnTag().Count(g.Columns) > MostColumnsWithoutChooser && !g.Body.Contains("<ColumnChooser", StringComparison.Ordinal))
            .Select(g => g.File).ToList();

        offenders.ShouldBeEmpty("A list of more than seven columns lets each user choose the columns to see (ColumnChooser with ListColumn keys).");
    }

    [Fact]
    public void Tables_EveryOne_ScrollSidewaysWithTheFirstColumnKeptInView_AndHaveAtMostSevenColumns()
    {
        var offenders = new List<string>();
        foreach (var (file, text) in Pages())
        {
            foreach (Match table in TableElement().Matches(text))
            {
                string tag = table.Groups["tag"].Value;
                if (!tag.Contains("HorizontalScrollbar=\"true\"", StringComparison.Ordinal) || !tag.Contains("hub-sticky-first", StringComparison.Ordinal)
                    || HeaderCell().Count(table.Groups["body"].Value) > MostColumnsWithoutChooser)
                {
                    offenders.Add(file);
                }
            }
        }

        offenders.ShouldBeEmpty("A MudTable sets HorizontalScrollbar=\"true\" and Class=\"hub-sticky-first\"; a wider list is a MudDataGrid with a column chooser.");
    }

    private static bool FirstColumnSticks(string body)
    {
        var columns = Regex.Match(body, "<Columns>(?<columns>.*?)</Columns>", RegexOptions.Singleline);
        var first = ColumnTag().Match(columns.Groups["columns"].Value);
        return first.Success && first.Value.Contains("StickyLeft=\"true\"", StringComparison.Ordinal);
    }

    private static IEnumerable<(string File, string Tag, string Body, string Columns)> Grids()
    {
        foreach (var (file, text) in Pages())
        {
            foreach (Match grid in GridElement().Matches(text))
            {
                string body = grid.Groups["body"].Value;
                var columns = Regex.Match(body, "<Columns>(?<columns>.*?)</Columns>", RegexOptions.Singleline).Groups["columns"].Value;
                yield return (file, grid.Groups["tag"].Value, body, columns);
            }
        }
    }

    private static List<(string File, string Text)> Pages()
    {
        string root = Path.Combine(RepositoryPaths.Root, "src", "PartnerHub");
        var pages = Directory.EnumerateFiles(root, "*.razor", SearchOption.AllDirectories)
            .Where(file => !s_notYetCovered.Any(folder => Path.GetRelativePath(root, file).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Select(file => (Path.GetRelativePath(RepositoryPaths.Root, file), File.ReadAllText(file)))
            .ToList();
        pages.Count(p => GridElement().IsMatch(p.Item2)).ShouldBeGreaterThan(10, "the rules read the lists' markup: finding none means they read nothing");
        return pages;
    }

    // The start tag ends at the first '>' that ends its line (attributes hold lambdas and generics: "e => …", "Args<T>").
    [GeneratedRegex("<MudDataGrid\\b(?<tag>.*?)>[ \\t]*\\r?\\n(?<body>.*?)</MudDataGrid>", RegexOptions.Singleline)]
    private static partial Regex GridElement();

    [GeneratedRegex("<MudTable\\b(?<tag>.*?)>[ \\t]*\\r?\\n(?<body>.*?)</MudTable>", RegexOptions.Singleline)]
    private static partial Regex TableElement();

    // A column's attributes, up to its first child or the next column (they hold "r => r.X" but never a '<').
    [GeneratedRegex("<(ListColumn|PropertyColumn|TemplateColumn|HierarchyColumn|SelectColumn)\\b[^<]*", RegexOptions.Singleline)]
    private static partial Regex ColumnTag();

    [GeneratedRegex("<MudTh\\b", RegexOptions.Singleline)]
    private static partial Regex HeaderCell();
}
