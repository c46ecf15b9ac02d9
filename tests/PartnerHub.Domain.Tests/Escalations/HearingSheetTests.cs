using PartnerHub.Domain.Escalations;

namespace PartnerHub.Domain.Tests.Escalations;

public class HearingSheetTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly HearingSheetTemplate Template = HearingSheetTemplates.Default(Guid.NewGuid(), At);

    public static Dictionary<string, string?> ValidAnswers() => new()
    {
        [HearingSheetTemplates.InquiryKind] = "translate-alert",
        ["alert-text"] = "ET MALWARE Win32/Emotet CnC Activity",
        ["question"] = "英語のアラートの意味を教えてほしい",
        ["affects-us"] = HearingSheetAnswers.Yes,
        ["noticed-on"] = "2026-11-02",
    };

    [Fact]
    [Trait("Article", "004 別紙3 §1-4")]
    public void Default_HasTheTypicalQuestionsAndContext()
    {
        Template.VersionNumber.ShouldBe(1);
        Template.Question(HearingSheetTemplates.InquiryKind)!.Choices.ShouldBe(["translate-alert", "meaning", "impact", "what-to-do", "other"]);
        foreach (var key in new[] { "question", "noticed-on", "affected-devices", "actions-taken" })
        {
            Template.Question(key).ShouldNotBeNull();
        }

        Template.Questions.ShouldAllBe(q => q.TextJa.Length > 0 && q.TextEn.Length > 0);
    }

    [Fact]
    public void Validate_WithValidAnswers_FindsNothing() =>
        HearingSheetAnswers.Validate(Template, ValidAnswers()).ShouldBeEmpty();

    [Fact]
    public void Validate_WhenRequiredMissingOrBlank_ReportsRequiredPerKey()
    {
        var answers = ValidAnswers();
        answers.Remove("question");
        answers["noticed-on"] = "　 ";

        HearingSheetAnswers.Validate(Template, answers).ShouldBe(
        [
            new HearingAnswerError(HearingAnswerErrorCode.Required, "question"),
            new HearingAnswerError(HearingAnswerErrorCode.Required, "noticed-on"),
        ]);
    }

    [Theory]
    [InlineData(HearingSheetTemplates.InquiryKind, "Translate-Alert", HearingAnswerErrorCode.NotAChoice)]
    [InlineData("noticed-on", "2026/11/02", HearingAnswerErrorCode.NotADate)]
    [InlineData("noticed-on", "2026-02-30", HearingAnswerErrorCode.NotADate)]
    [InlineData("noticed-on", "令和8年11月2日", HearingAnswerErrorCode.NotADate)]
    [InlineData("affects-us", "はい", HearingAnswerErrorCode.NotYesNo)]
    public void Validate_WithMalformedAnswer_ReportsItsCode(string key, string value, HearingAnswerErrorCode code)
    {
        var answers = ValidAnswers();
        answers[key] = value;

        HearingSheetAnswers.Validate(Template, answers).ShouldBe([new HearingAnswerError(code, key)]);
    }

    [Fact]
    public void Validate_WhenTooLong_ReportsTooLong()
    {
        var answers = ValidAnswers();
        answers["question"] = new string('あ', 4001);

        HearingSheetAnswers.Validate(Template, answers).ShouldBe([new HearingAnswerError(HearingAnswerErrorCode.TooLong, "question")]);
    }

    [Fact]
    public void Validate_WithUnknownKeyAndNullValue_ReportsUnknownAndNeverThrows()
    {
        var answers = ValidAnswers();
        answers["favourite-colour"] = "blue";
        answers["alert-text"] = null;

        HearingSheetAnswers.Validate(Template, answers).ShouldBe([new HearingAnswerError(HearingAnswerErrorCode.UnknownQuestion, "favourite-colour")]);
    }

    [Fact]
    public void Normalise_TrimsAndDropsBlanks_InQuestionOrder()
    {
        var answers = ValidAnswers();
        answers["question"] = "  意味を知りたい \n";
        answers["actions-taken"] = " ";

        var stored = HearingSheetAnswers.Normalise(Template, answers);

        stored.Select(a => a.QuestionKey).ShouldBe([HearingSheetTemplates.InquiryKind, "alert-text", "question", "affects-us", "noticed-on"]);
        stored.Single(a => a.QuestionKey == "question").Value.ShouldBe("意味を知りたい");
    }

    [Fact]
    public void Template_WithDuplicateKeys_Throws() =>
        Should.Throw<ArgumentException>(() => new HearingSheetTemplate(Guid.NewGuid(), "x", 1,
            [new HearingQuestion("a", "あ", "a", QuestionType.ShortText, false), new HearingQuestion("a", "い", "b", QuestionType.ShortText, false)], At));

    [Fact]
    public void Template_SingleChoiceWithoutChoices_Throws() =>
        Should.Throw<ArgumentException>(() => new HearingSheetTemplate(Guid.NewGuid(), "x", 1,
            [new HearingQuestion("a", "あ", "a", QuestionType.SingleChoice, true)], At));

    [Fact]
    public void NextVersion_KeepsNameAndIncrementsNumber_OriginalUnchanged()
    {
        var next = Template.NextVersion(Guid.NewGuid(), [new HearingQuestion("question", "質問", "Question", QuestionType.LongText, true)], At.AddDays(30));

        next.VersionNumber.ShouldBe(2);
        next.Name.ShouldBe(Template.Name);
        next.Questions.Count.ShouldBe(1);
        Template.Questions.Count.ShouldBe(8);
    }
}
