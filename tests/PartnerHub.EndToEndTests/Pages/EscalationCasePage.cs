using Microsoft.Playwright;

namespace PartnerHub.EndToEndTests.Pages;

/// <summary>Page object for /escalations/new and /escalations/{id}.</summary>
public sealed class EscalationCasePage(IPage page)
{
    public async Task OpenInquiryAsync(string callerName, string callerPhone)
    {
        await page.GetByTestId("from-alert").WaitForAsync();
        await page.GetByLabel("問い合わせ者の氏名").FillAsync(callerName);
        await page.GetByLabel("問い合わせ者の電話番号").FillAsync(callerPhone);
        await page.GetByTestId("inquiry-open").ClickAsync();
        await page.GetByTestId("hearing-sheet").WaitForAsync();
    }

    public async Task FillHearingSheetAsync(string question, string noticedOn)
    {
        await page.ChooseAsync(page.GetByTestId("q-inquiry-kind"), "英語のアラートを日本語で説明してほしい");
        await page.GetByLabel("ご質問の内容 *").FillAsync(question);
        var date = page.GetByLabel("気付いた日 *");
        await date.FillAsync(noticedOn);
        await date.PressAsync("Tab");
        await page.GetByTestId("sheet-save").ClickAsync();
        await page.GetByTestId("hearing-sheet-pdf").WaitForAsync();
    }

    public async Task EscalateAsync()
    {
        await page.GetByTestId("escalate").ClickAsync();
        await WaitForStatusAsync("エスカレーション済");
    }

    public async Task AddNoteAsync(string text, bool shared)
    {
        await Field("note-input").FillAsync(text);
        if (shared)
        {
            await page.ChooseAsync(page.GetByTestId("note-visibility"), "パートナーと共有");
        }

        await page.GetByTestId("note-add").ClickAsync();
        await page.GetByTestId("note-text").GetByText(text).WaitForAsync();
    }

    public async Task ReportAsync(string status, string resolution, string prevention)
    {
        await Field("report-incident").FillAsync(status);
        await Field("report-resolution").FillAsync(resolution);
        await Field("report-prevention").FillAsync(prevention);
        await page.GetByTestId("report-submit").ClickAsync();
        await WaitForStatusAsync("報告済");
    }

    public Task WaitForStatusAsync(string status) => page.GetByTestId("case-status").GetByText(status).WaitForAsync();

    // MudTextField puts data-testid on its wrapper or on the textarea itself, depending on the version.
    private ILocator Field(string testId) => page.Locator($"[data-testid={testId}] textarea, textarea[data-testid={testId}]").First;
}
