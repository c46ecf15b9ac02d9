using System.Globalization;
using System.Text;
using PartnerHub.Domain.Devices.Alerts;

namespace PartnerHub.Domain.Tests.Devices;

/// <summary>
/// The classifier against real ET Open rules whose classes were checked by hand against 004 別紙2 §3 (Devices/Corpus,
/// reading in its README; no code computes them): every rule is classified from what an EVE alert carries (signature,
/// category, metadata) and compared with its hand-checked class, so a classifier that misreads a rule fails here.
/// </summary>
public class EtOpenCorpusTests
{
    private static readonly string[] ThreatFamilies = ["MALWARE", "TROJAN", "CNC", "SCAN", "EXPLOIT", "TOR"];

    private sealed record LabelledRule(string Family, long Sid, ThreatClass Expected, string? Category, AlertMetadata Metadata, string Msg);

    private static List<LabelledRule> Corpus { get; } = Load();

    [Fact]
    public void Corpus_HasAtLeastFiveHundredRulesAcrossTheThreatFamilies()
    {
        Corpus.Count.ShouldBeGreaterThanOrEqualTo(500);
        foreach (var family in ThreatFamilies)
        {
            Corpus.Count(r => r.Family == family).ShouldBeGreaterThanOrEqualTo(30, family);
        }
    }

    [Theory]
    [InlineData("MALWARE")]
    [InlineData("TROJAN")]
    [InlineData("CNC")]
    [InlineData("SCAN")]
    [InlineData("EXPLOIT")]
    [InlineData("TOR")]
    public void Classify_RulesOfAThreatFamily_AtLeastNinetyFivePercentGetTheirLabel(string family)
    {
        var rules = Corpus.Where(r => r.Family == family).ToList();

        var wrong = rules.Where(r => Classify(r) != r.Expected).Select(r => $"{r.Sid} {r.Msg}: {Classify(r)} (label {r.Expected})").ToList();

        ((double)(rules.Count - wrong.Count) / rules.Count).ShouldBeGreaterThanOrEqualTo(0.95, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Classify_WholeCorpus_ReportsPrecisionAndRecallPerClass()
    {
        var report = new StringBuilder("| class | labelled | classified | correct | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var threatClass in Enum.GetValues<ThreatClass>())
        {
            int labelled = Corpus.Count(r => r.Expected == threatClass);
            int classified = Corpus.Count(r => Classify(r) == threatClass);
            int correct = Corpus.Count(r => r.Expected == threatClass && Classify(r) == threatClass);
            report.Append(CultureInfo.InvariantCulture, $"| {threatClass} | {labelled} | {classified} | {correct} | {Ratio(correct, classified)} | {Ratio(correct, labelled)} |\n");
        }

        report.Append("\n| family | rules | correct | accuracy |\n|---|---:|---:|---:|\n");
        foreach (var family in Corpus.GroupBy(r => r.Family).OrderByDescending(g => g.Count()))
        {
            int correct = family.Count(r => Classify(r) == r.Expected);
            report.Append(CultureInfo.InvariantCulture, $"| {(family.Key.Length == 0 ? "(no ET family)" : family.Key)} | {family.Count()} | {correct} | {Ratio(correct, family.Count())} |\n");
        }

        report.Append("\nMisread:\n");
        foreach (var rule in Corpus.Where(r => Classify(r) != r.Expected))
        {
            report.Append(CultureInfo.InvariantCulture, $"{rule.Sid} {rule.Msg}: {Classify(rule)} (label {rule.Expected})\n");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        int overall = Corpus.Count(r => Classify(r) == r.Expected);
        ((double)overall / Corpus.Count).ShouldBeGreaterThanOrEqualTo(0.9, report.ToString());
    }

    private static ThreatClass Classify(LabelledRule rule) =>
        ThreatClassifier.Default.Classify(new AlertFacts(rule.Msg, rule.Category, rule.Metadata, rule.Sid)).Class;

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("0.0%", CultureInfo.InvariantCulture);

    private static List<LabelledRule> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Devices", "Corpus", "et-open-labelled.tsv");
        return File.ReadLines(path, Encoding.UTF8)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(f => new LabelledRule(f[0], long.Parse(f[1], CultureInfo.InvariantCulture), Enum.Parse<ThreatClass>(f[2]),
                f[3].Length == 0 ? null : f[3], Metadata(f[4]), f[5]))
            .ToList();
    }

    private static AlertMetadata Metadata(string column) =>
        AlertMetadata.Of(column.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .SelectMany(kv => kv[1].Split('|').Select(value => (kv[0], value)))
            .ToArray());
}
