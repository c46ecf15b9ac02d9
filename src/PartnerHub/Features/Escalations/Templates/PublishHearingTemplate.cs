using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Escalations;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Escalations.Templates;

/// <summary>A question as the editor holds it; choices one per line.</summary>
public sealed class QuestionDraft
{
    public string Key { get; set; } = "";

    public string TextJa { get; set; } = "";

    public string TextEn { get; set; } = "";

    public QuestionType Type { get; set; } = QuestionType.ShortText;

    public bool Required { get; set; }

    public string Choices { get; set; } = "";

    public static QuestionDraft From(HearingQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new() { Key = question.Key, TextJa = question.TextJa, TextEn = question.TextEn, Type = question.Type, Required = question.Required, Choices = string.Join('\n', question.Choices) };
    }

    public IReadOnlyList<string> ChoiceList() =>
        Choices.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
}

public enum TemplateProblem
{
    NotAllowed,
    NoQuestions,
    Stale,
    KeyRequired,
    KeyFormat,
    KeyDuplicate,
    TextJaRequired,
    TextEnRequired,
    ChoicesRequired,
}

/// <summary>Per question (by position) what is wrong; <see cref="General"/> for the sheet as a whole.</summary>
public sealed record PublishResult(HearingSheetTemplate? Published, TemplateProblem? General, IReadOnlyDictionary<int, IReadOnlyList<TemplateProblem>> Questions)
{
    public bool Succeeded => Published is not null;
}

/// <summary>
/// Publishes a new version of the hearing sheet (the vendor distributes it, 004 別紙3 §1-2). Cases keep the version they
/// were filled against; new sheets use the newest. Keys identify a question across versions, so they are short ASCII.
/// </summary>
public sealed partial class PublishHearingTemplate(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<PublishResult> PublishAsync(Guid basedOnVersionId, IReadOnlyList<QuestionDraft> drafts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var none = new Dictionary<int, IReadOnlyList<TemplateProblem>>();
        if (!currentUser.IsInAnyRole(EscalationsPermissions.TemplateRoles))
        {
            return new PublishResult(null, TemplateProblem.NotAllowed, none);
        }

        if (drafts.Count == 0)
        {
            return new PublishResult(null, TemplateProblem.NoQuestions, none);
        }

        var problems = Validate(drafts);
        if (problems.Count > 0)
        {
            return new PublishResult(null, null, problems);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var current = await HearingTemplatesSeed.CurrentAsync(db, cancellationToken);
        if (current is null || current.Id != basedOnVersionId)
        {
            // Someone published meanwhile: publishing over it would silently drop their changes.
            return new PublishResult(null, TemplateProblem.Stale, none);
        }

        var questions = drafts.Select(d => new HearingQuestion(d.Key.Trim(), d.TextJa.Trim(), d.TextEn.Trim(), d.Type, d.Required,
            d.Type == QuestionType.SingleChoice ? d.ChoiceList() : [])).ToList();
        var next = current.NextVersion(Guid.NewGuid(), questions, clock.GetUtcNow());
        db.HearingSheetTemplates.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return new PublishResult(next, null, none);
    }

    private static Dictionary<int, IReadOnlyList<TemplateProblem>> Validate(IReadOnlyList<QuestionDraft> drafts)
    {
        var result = new Dictionary<int, IReadOnlyList<TemplateProblem>>();
        var duplicates = drafts.GroupBy(d => d.Key.Trim(), StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var key = draft.Key.Trim();
            var problems = new List<TemplateProblem>();
            if (key.Length == 0)
            {
                problems.Add(TemplateProblem.KeyRequired);
            }
            else if (!KeyPattern().IsMatch(key))
            {
                problems.Add(TemplateProblem.KeyFormat);
            }
            else if (duplicates.Contains(key))
            {
                problems.Add(TemplateProblem.KeyDuplicate);
            }

            if (string.IsNullOrWhiteSpace(draft.TextJa))
            {
                problems.Add(TemplateProblem.TextJaRequired);
            }

            if (string.IsNullOrWhiteSpace(draft.TextEn))
            {
                problems.Add(TemplateProblem.TextEnRequired);
            }

            if (draft.Type == QuestionType.SingleChoice && draft.ChoiceList().Count < 2)
            {
                problems.Add(TemplateProblem.ChoicesRequired);
            }

            if (problems.Count > 0)
            {
                result[i] = problems;
            }
        }

        return result;
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
