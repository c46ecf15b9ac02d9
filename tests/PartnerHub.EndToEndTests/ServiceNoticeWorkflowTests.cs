using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using netDumbster.smtp;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Mail;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// Issue 16: vendor operations publish a maintenance to one partner's customers with a CTS appliance (targeting editor and
/// recipient preview), the partner acknowledges it on its board, the e-mails reach an SMTP server, the letter downloads,
/// and a terms change that is too late is refused with the reason shown. Vendor operations withdraw a notice (the partner sees
/// it withdrawn, not to acknowledge; a posted letter is followed by a withdrawal letter) and correct one (the original shows
/// superseded), ADR-006. A letter that comes back under 004 is undelivered (001 §21-3) until vendor operations record the notice
/// given another way at the time it names (001 §21-4), shown in the log and its exports.
/// </summary>
public class ServiceNoticeWorkflowTests(HubServer hub)
{
    private const string Sakura = "株式会社さくらネットサービス";
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    [Trait("Article", "004 §14-2; 001 §21")]
    public async Task Operations_PublishMaintenanceToOnePartnersCtsCustomers_PartnerAcknowledgesMailArrivesAndTheLetterDownloads()
    {
        var customer = await SakuraCtsCustomerAsync();
        var title = "E2E センサー保守のお知らせ " + customer.Suffix;
        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await operations.GotoInteractiveAsync("/service-notices/new");

        await ComposeAsync(operations, title, Today.AddDays(14));
        await operations.GetByLabel("理由", new() { Exact = true }).FillAsync("センサー管理基盤のOS更新（利用規約第14条第1項第1号）");
        await TargetSakuraCtsCustomersAsync(operations);
        await operations.GetByTestId("notice-preview").ClickAsync();
        var partners = operations.GetByTestId("notice-preview-partners").Locator("tbody tr");
        await Assertions.Expect(partners).ToHaveCountAsync(1);
        (await partners.InnerTextAsync()).ShouldContain(Sakura);
        await Assertions.Expect(operations.GetByTestId("notice-preview-rows")).ToContainTextAsync(customer.Name);
        (await operations.GetByTestId("notice-preview-total").InnerTextAsync()).ShouldContain("販売パートナー 1 社");
        await operations.GetByTestId("notice-publish").ClickAsync();
        await operations.WaitForURLAsync(new Regex(@"/service-notices/[0-9a-f-]{36}$"));
        var noticeId = Guid.Parse(operations.Url[^36..], s_invariant);
        await Assertions.Expect(operations.GetByTestId("notice-title")).ToHaveTextAsync(title);
        await Assertions.Expect(operations.GetByTestId("notice-partners").GetByTestId("partner-pending")).ToHaveCountAsync(1);

        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@sakura.example");
        await partner.GotoInteractiveAsync("/service-notices");
        await partner.GetByTestId("notice-table").GetByTestId("notice-link").GetByText(title).ClickAsync();
        await partner.GetByTestId("notice-acknowledge").ClickAsync();
        await Assertions.Expect(partner.GetByTestId("notice-acknowledged")).ToContainTextAsync("確認済み");

        var arrived = await SendThroughSmtpAsync(noticeId);
        arrived.ShouldContain(m => m.To == customer.Email && m.Subject.Contains(title, StringComparison.Ordinal));
        arrived.ShouldContain(m => m.To == "staff@sakura.example" && m.Subject.Contains(title, StringComparison.Ordinal));

        await operations.ReloadAsync();
        await operations.WaitForInteractiveAsync();
        await Assertions.Expect(operations.GetByTestId("notice-partners").GetByTestId("partner-pending")).ToHaveCountAsync(0);
        await operations.GetByRole(AriaRole.Tab, new() { Name = "配信記録" }).ClickAsync();
        var log = operations.GetByTestId("delivery-log");
        var emailRow = log.Locator("tr", new() { HasText = customer.Email });
        await Assertions.Expect(emailRow.GetByTestId("delivery-state")).ToHaveTextAsync("送信済み");
        var letterRow = log.Locator("tr", new() { HasText = customer.Name }).Filter(new() { Has = operations.GetByTestId("delivery-letter") });
        var href = await letterRow.GetByTestId("delivery-letter").GetAttributeAsync("href");
        href.ShouldNotBeNull();
        var response = await operations.Context.APIRequest.GetAsync(href.StartsWith('/') ? href : "/" + href);
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("application/pdf");
        var pdf = await response.BodyAsync();
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        (await PdfTextAsync(pdf)).ShouldContain(title);

        // The letters go to the post today: the log shows their deemed delivery from that day (001 §21-3).
        await RecordLettersPostedTodayAsync(operations);
        await Assertions.Expect(letterRow.GetByTestId("delivery-letter-posted")).ToContainTextAsync(Today.ToString("yyyy/MM/dd", s_invariant));
        await Assertions.Expect(letterRow.GetByTestId("delivery-deemed")).ToHaveTextAsync(
            Domain.Calendars.BusinessCalendars.SensorServiceDesk.AddBusinessDays(Today, 2).ToString("yyyy/MM/dd", s_invariant));
    }

    [Fact]
    [Trait("Article", "004 §21-1")]
    public async Task Operations_PublishTermsChangeEffectiveTomorrow_IsRefusedWithTheShortfallShownAndNothingPublished()
    {
        var customer = await SakuraCtsCustomerAsync();
        var title = "E2E 利用規約変更 " + customer.Suffix;
        var tomorrow = Today.AddDays(1);
        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await operations.GotoInteractiveAsync("/service-notices/new");

        await operations.GetByTestId("notice-type-select").ClickAsync();
        await operations.Locator(".mud-popover-open .mud-list-item").GetByText("利用規約の変更", new() { Exact = true }).ClickAsync();
        await ComposeAsync(operations, title, tomorrow);
        await operations.GetByLabel("変更後の内容").FillAsync("第7条（利用料金）を改定します。");
        await TargetSakuraCtsCustomersAsync(operations);
        await operations.GetByTestId("notice-preview").ClickAsync();
        await Assertions.Expect(operations.GetByTestId("notice-preview-rows")).ToContainTextAsync(customer.Name);
        await operations.GetByTestId("notice-publish").ClickAsync();

        var refusal = operations.GetByTestId("notice-refusal");
        await Assertions.Expect(refusal).ToContainTextAsync("通知期間が足りないため掲載できません。");
        // 004 §21-1: one week before the effective day, counted without the day of the notice.
        var earliest = NoticeLeadTime.EarliestEffectiveDate(ServiceNoticeType.TermsChange, ServicePlanPolicy.ForPlan(ServicePlan.SensorService.Code), Today);
        await Assertions.Expect(refusal).ToContainTextAsync($"通知期間 1週間 が必要です。最短の実施日・適用日は {earliest.ToString("yyyy/MM/dd", s_invariant)} です。");
        operations.Url.ShouldEndWith("/service-notices/new");
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        (await db.ServiceNotices.CountAsync(n => n.TitleJa == title, Token)).ShouldBe(0);
    }

    [Fact]
    [Trait("Article", "001 §21-3")]
    public async Task Operations_WithdrawAPublishedNoticeWithAReason_PartnerSeesItWithdrawnAndNotAskedToAcknowledgeAndAWithdrawalLetterIsToPost()
    {
        var customer = await SakuraCtsCustomerAsync();
        var title = "E2E 撤回する保守のお知らせ " + customer.Suffix;
        var reason = "作業日程の見直しにより中止します。" + customer.Suffix;
        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await PublishMaintenanceToSakuraCtsCustomersAsync(operations, title, customer.Name);
        // Its letters go to the post before it is withdrawn: those customers get a withdrawal letter (ADR-006).
        await operations.GetByRole(AriaRole.Tab, new() { Name = "配信記録" }).ClickAsync();
        await RecordLettersPostedTodayAsync(operations);
        await Assertions.Expect(operations.GetByTestId("letter-posting-status")).ToContainTextAsync("未投函 0 通");

        await operations.GetByTestId("notice-withdraw").ClickAsync();
        await operations.GetByLabel("撤回の理由", new() { Exact = true }).FillAsync(reason);
        await operations.GetByTestId("notice-withdraw-confirm").ClickAsync();

        await Assertions.Expect(operations.GetByTestId("notice-standing")).ToHaveTextAsync("撤回済み");
        await Assertions.Expect(operations.GetByTestId("notice-withdrawn-note")).ToContainTextAsync(reason);
        await Assertions.Expect(operations.GetByTestId("notice-withdraw")).ToHaveCountAsync(0);
        await operations.GetByRole(AriaRole.Tab, new() { Name = "配信記録" }).ClickAsync();
        await Assertions.Expect(operations.GetByTestId("letter-choose-name").Filter(new() { HasText = customer.Name })).ToContainTextAsync("撤回のお知らせ");
        await RecordLettersPostedTodayAsync(operations);
        var withdrawalLetter = operations.GetByTestId("delivery-log").Locator("tr", new() { HasText = customer.Name })
            .Filter(new() { Has = operations.GetByTestId("delivery-withdrawal") }).Filter(new() { Has = operations.GetByTestId("delivery-letter") });
        await Assertions.Expect(withdrawalLetter.GetByTestId("delivery-letter-posted")).ToContainTextAsync(Today.ToString("yyyy/MM/dd", s_invariant));

        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@sakura.example");
        await partner.GotoInteractiveAsync("/service-notices");
        var row = partner.GetByTestId("notice-table").Locator("tr", new() { HasText = title });
        await Assertions.Expect(row.GetByTestId("notice-row-standing")).ToHaveTextAsync("撤回済み");
        await Assertions.Expect(row.GetByTestId("notice-no-ack")).ToHaveTextAsync("確認不要");
        await partner.GetByLabel("未確認のみ").CheckAsync();
        await Assertions.Expect(partner.GetByTestId("notice-table").Locator("tr", new() { HasText = title })).ToHaveCountAsync(0);
        await partner.GetByLabel("未確認のみ").UncheckAsync();
        await row.GetByTestId("notice-link").ClickAsync();
        await Assertions.Expect(partner.GetByTestId("notice-withdrawn-note")).ToContainTextAsync(reason);
        await Assertions.Expect(partner.GetByTestId("notice-standing")).ToHaveTextAsync("撤回済み");
        await Assertions.Expect(partner.GetByTestId("notice-acknowledge")).ToHaveCountAsync(0);
    }

    [Fact]
    [Trait("Article", "001 §21-3; 001 §21-4")]
    public async Task Operations_RecordAReturnedLetterThenANoticeByFax_TheLogShowsItUndeliveredThenDeliveredAtTheNamedTimeAndTheExportsCarryIt()
    {
        var customer = await SakuraCtsCustomerAsync(withNotificationEmail: false);
        var title = "E2E 返送された保守のお知らせ " + customer.Suffix;
        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await PublishMaintenanceToSakuraCtsCustomersAsync(operations, title, customer.Name);
        await operations.GetByRole(AriaRole.Tab, new() { Name = "配信記録" }).ClickAsync();
        await RecordLettersPostedTodayAsync(operations);
        await Assertions.Expect(operations.GetByTestId("letter-posting-status")).ToContainTextAsync("未投函 0 通");

        // The letter comes back: under 004 (silent, so the general rule) it had to reach the address (001 §21-3).
        await operations.GetByTestId("letter-returned-letter").ClickAsync();
        await operations.Locator(".mud-popover-open .mud-list-item").GetByText(customer.Name, new() { Exact = true }).ClickAsync();
        await operations.GetByLabel("返送日", new() { Exact = true }).FillAsync(Today.ToString("yyyy/MM/dd", s_invariant));
        await operations.GetByLabel("返送日", new() { Exact = true }).PressAsync("Tab");
        await operations.GetByTestId("letter-returned-record").ClickAsync();
        var letterRow = operations.GetByTestId("delivery-log").Locator("tr", new() { HasText = customer.Name })
            .Filter(new() { Has = operations.GetByTestId("delivery-letter") });
        await Assertions.Expect(letterRow.GetByTestId("delivery-state")).ToHaveTextAsync("返送・未到達");
        await Assertions.Expect(letterRow.GetByTestId("delivery-deemed")).ToHaveTextAsync("未到達");
        await Assertions.Expect(operations.GetByTestId("needs-another-way-name").Filter(new() { HasText = customer.Name })).ToHaveCountAsync(1);

        // Vendor operations fax it; the notice names tomorrow 10:00 as its delivery (001 §21-4).
        var other = operations.GetByTestId("other-delivery");
        var customerField = other.GetByLabel("お客様");
        await customerField.FillAsync(customer.Name);
        var suggestion = operations.Locator(".mud-popover-open .mud-list-item").GetByText(customer.Name, new() { Exact = true });
        await suggestion.ClickAsync();
        await suggestion.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await other.GetByLabel("具体的な方法").FillAsync("FAX");
        await other.GetByLabel("通知した相手・宛先").FillAsync("総務部 FAX 06-1111-2223");
        var tomorrow = Today.AddDays(1).ToString("yyyy/MM/dd", s_invariant);
        await other.GetByLabel("到達とする日（お知らせで指定）").FillAsync(tomorrow);
        await other.GetByLabel("到達とする日（お知らせで指定）").PressAsync("Tab");
        await other.GetByLabel("到達とする時刻").FillAsync("10:00");
        await other.GetByLabel("到達とする時刻").PressAsync("Tab");
        await operations.GetByTestId("other-delivery-record").ClickAsync();

        var faxRow = operations.GetByTestId("delivery-log").Locator("tr", new() { HasText = "総務部 FAX 06-1111-2223" });
        await Assertions.Expect(faxRow.GetByTestId("delivery-state")).ToHaveTextAsync("その他の方法で通知");
        await Assertions.Expect(faxRow.GetByTestId("delivery-other-method")).ToHaveTextAsync("方法: FAX");
        await Assertions.Expect(faxRow.GetByTestId("delivery-deemed")).ToHaveTextAsync(tomorrow + " 10:00");
        await Assertions.Expect(operations.GetByTestId("needs-another-way-name").Filter(new() { HasText = customer.Name })).ToHaveCountAsync(0);

        var xlsxHref = await operations.GetByTestId("delivery-log-export").GetAttributeAsync("href");
        var xlsx = await operations.Context.APIRequest.GetAsync("/" + xlsxHref!.TrimStart('/'));
        xlsx.Status.ShouldBe(200);
        using var workbook = new MemoryStream(await xlsx.BodyAsync());
        var sheet = PartnerHub.Features.Documents.Excel.ExcelReader.ReadAll(workbook).ShouldHaveSingleItem();
        sheet.Rows.ShouldContain(r => r.Cells.Any(c => Equals(c.Value, "総務部 FAX 06-1111-2223")) && r.Cells.Any(c => Equals(c.Value, "FAX")));
        var pdfHref = await operations.GetByTestId("delivery-log-pdf").GetAttributeAsync("href");
        var pdf = await operations.Context.APIRequest.GetAsync("/" + pdfHref!.TrimStart('/'));
        pdf.Status.ShouldBe(200);
        // Without white space: the log's narrow cells wrap "方法: FAX" and the date and time of the deemed delivery over two lines.
        var text = string.Concat((await PdfTextAsync(await pdf.BodyAsync(), writingOrder: true)).Where(c => !char.IsWhiteSpace(c)));
        text.ShouldContain("方法:FAX");
        text.ShouldContain(tomorrow + "10:00");
    }

    [Fact]
    public async Task Operations_PublishACorrection_TheOriginalShowsSupersededAndLinksToTheCorrection()
    {
        var customer = await SakuraCtsCustomerAsync();
        var title = "E2E 訂正する保守のお知らせ " + customer.Suffix;
        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        var originalId = await PublishMaintenanceToSakuraCtsCustomersAsync(operations, title, customer.Name);

        await operations.GetByTestId("notice-correct").ClickAsync();
        await Assertions.Expect(operations.GetByTestId("notice-correcting")).ToContainTextAsync(title);
        await operations.GetByLabel("本文（日本語）").FillAsync("センサー管理基盤の保守を行います（作業時間を訂正しました）。");
        await operations.GetByTestId("notice-publish").ClickAsync();
        await operations.WaitForURLAsync(new Regex($@"/service-notices/(?!{originalId:D})[0-9a-f-]{{36}}$"));
        var correctionId = Guid.Parse(operations.Url[^36..], s_invariant);
        await Assertions.Expect(operations.GetByTestId("notice-corrects-note")).ToBeVisibleAsync();
        await Assertions.Expect(operations.GetByTestId("notice-body")).ToContainTextAsync("作業時間を訂正しました");

        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@sakura.example");
        await partner.GotoInteractiveAsync($"/service-notices/{originalId:D}");
        await Assertions.Expect(partner.GetByTestId("notice-standing")).ToHaveTextAsync("訂正版あり");
        await Assertions.Expect(partner.GetByTestId("notice-superseded-note")).ToBeVisibleAsync();
        await Assertions.Expect(partner.GetByTestId("notice-acknowledge")).ToHaveCountAsync(0);
        await partner.GetByTestId("notice-correction-link").ClickAsync();
        await partner.WaitForURLAsync(new Regex($"/service-notices/{correctionId:D}$"));
        await Assertions.Expect(partner.GetByTestId("notice-acknowledge")).ToBeVisibleAsync();
    }

    // Writes a maintenance two weeks ahead to Sakura's CTS customers, previews (the customer is among them) and publishes it;
    // returns the notice's id with its page open.
    private static async Task<Guid> PublishMaintenanceToSakuraCtsCustomersAsync(IPage operations, string title, string customerName)
    {
        await operations.GotoInteractiveAsync("/service-notices/new");
        await ComposeAsync(operations, title, Today.AddDays(14));
        await operations.GetByLabel("理由", new() { Exact = true }).FillAsync("センサー管理基盤のOS更新（利用規約第14条第1項第1号）");
        await TargetSakuraCtsCustomersAsync(operations);
        await operations.GetByTestId("notice-preview").ClickAsync();
        await Assertions.Expect(operations.GetByTestId("notice-preview-rows")).ToContainTextAsync(customerName);
        await operations.GetByTestId("notice-publish").ClickAsync();
        await operations.WaitForURLAsync(new Regex(@"/service-notices/[0-9a-f-]{36}$"));
        await Assertions.Expect(operations.GetByTestId("notice-title")).ToHaveTextAsync(title);
        return Guid.Parse(operations.Url[^36..], s_invariant);
    }

    private static async Task RecordLettersPostedTodayAsync(IPage operations)
    {
        await operations.GetByLabel("投函日", new() { Exact = true }).FillAsync(Today.ToString("yyyy/MM/dd", s_invariant));
        await operations.GetByLabel("投函日", new() { Exact = true }).PressAsync("Tab");
        await operations.GetByTestId("letter-posted-record").ClickAsync();
    }

    private static async Task ComposeAsync(IPage page, string title, DateOnly on)
    {
        await page.GetByLabel("件名（日本語）").FillAsync(title);
        await page.GetByLabel("本文（日本語）").FillAsync("センサー管理基盤の保守を行います。保守中はポータルへのログインとアラート通知が止まります。");
        foreach (var label in new[] { "実施日・適用日", "終了日（期間の場合）" })
        {
            var input = page.GetByLabel(label);
            await input.FillAsync(on.ToString("yyyy/MM/dd", s_invariant));
            await input.PressAsync("Tab");
        }
    }

    // The CTS model, narrowed to Sakura's customers.
    private static async Task TargetSakuraCtsCustomersAsync(IPage page)
    {
        await page.GetByTestId("notice-target-kind").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("機器の型番を指定", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("notice-target-options").GetByLabel(ApplianceModel.CyberThreatSensor.Code, new() { Exact = true }).CheckAsync();
        await page.GetByTestId("notice-within-partners").GetByLabel(Sakura, new() { Exact = true }).CheckAsync();
    }

    // Points the hub's mail at an SMTP server of this test, sends the outbox until this notice's e-mails are out, and
    // returns what arrived (recipient and decoded subject).
    private async Task<IReadOnlyList<(string To, string Subject)>> SendThroughSmtpAsync(Guid noticeId)
    {
        using var smtp = SimpleSmtpServer.Start();
        var settings = new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = "127.0.0.1",
            ["Mail:SmtpPort"] = smtp.Configuration.Port.ToString(s_invariant),
            ["Mail:SmtpSecurity"] = nameof(SmtpSecurity.None),
        };
        await using (await hub.Settings.UseAsync(settings, Token))
        {
            var outbox = hub.Services.GetRequiredService<EmailOutbox>();
            // Other workflows' mail may be queued too: a round sends one batch, so go on while rounds send something.
            while (await UnsentAsync(noticeId) > 0)
            {
                if (await outbox.SendPendingAsync(Token) == 0)
                {
                    break;
                }
            }
        }

        (await UnsentAsync(noticeId)).ShouldBe(0);
        return [.. smtp.ReceivedEmail.SelectMany(m => m.ToAddresses.Select(to => (to.Address, SubjectOf(m))))];
    }

    private static string SubjectOf(SmtpMessage message)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message.Data));
        using var mime = MimeKit.MimeMessage.Load(stream);
        return mime.Subject ?? string.Empty;
    }

    private async Task<int> UnsentAsync(Guid noticeId)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var emails = db.ServiceNoticeDeliveries.Where(d => d.NoticeId == noticeId && d.OutboundEmailId != null).Select(d => d.OutboundEmailId);
        return await db.OutboundEmails.CountAsync(e => emails.Contains(e.Id) && e.SentAt == null, Token);
    }

    private static async Task<string> PdfTextAsync(byte[] pdf, bool writingOrder = false)
    {
        // poppler's pdftotext reading the PDF from stdin: the text a person copying it would get (or, with -raw, in the order
        // it was written, so that a wrapped table cell reads as one run).
        string[] arguments = writingOrder ? ["-raw", "-", "-"] : ["-", "-"];
        using var process = Process.Start(new ProcessStartInfo("pdftotext", arguments) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
        await process.StandardInput.BaseStream.WriteAsync(pdf, Token);
        process.StandardInput.Close();
        var text = await process.StandardOutput.ReadToEndAsync(Token);
        await process.WaitForExitAsync(Token);
        return text;
    }

    // A Sakura customer of this test with a contract in force, a CTS appliance at the site, a notification address and a
    // postal address; its name sorts before the demo's so it is on the preview's first page.
    private async Task<(Guid Id, string Name, string Email, string Suffix)> SakuraCtsCustomerAsync(bool withNotificationEmail = true)
    {
        var at = TimeProvider.System.GetUtcNow();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"notice-{suffix}@sakura-customer.example";
        var customer = new Customer(Guid.NewGuid(), DemoOrganisations.SakuraPartner, "AAA通知テスト株式会社 " + suffix, "ツウチテスト",
            new ServiceContact("佐藤 花子", "サトウ ハナコ", "sato@sakura-customer.example", "06-1111-2222", "情報システム部"), at)
        {
            NotificationEmails = withNotificationEmail ? email : null,
            NotificationLanguage = "ja",
            PostalCode = "530-0001",
            Prefecture = "大阪府",
            Address = "大阪市北区梅田1-1-1",
        };
        var contract = new ServiceContract(Guid.NewGuid(), $"C-N-{suffix}", DemoOrganisations.SakuraPartner, customer.Id, ServicePlan.SensorService.Code, 1,
            new Yen(600_000), null, Today, at, "e2e");
        var appliance = new Appliance(Guid.NewGuid(), $"N-{suffix}", ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, at, "e2e");
        appliance.AllocateTo(contract.Id, DemoOrganisations.SakuraPartner, DemoOrganisations.TohoHardwareVendor, at, "e2e").ShouldBeTrue();
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        db.Customers.Add(customer);
        db.Contracts.Add(contract);
        db.Appliances.Add(appliance);
        await db.SaveChangesAsync(Token);
        return (customer.Id, customer.Name, email, suffix);
    }
}
