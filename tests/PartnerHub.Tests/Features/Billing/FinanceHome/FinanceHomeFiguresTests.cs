using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Calendars;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.FinanceHome;

/// <summary>
/// The finance home's figures are the data's: receivables, overdue, this month's documents and drafts, revenue recognised and still
/// deferred, worked out here from the invoices, credit notes, payments and contract terms. Starts its own host, so nothing another
/// test issues or pays meanwhile changes the figures between the page and the sums.
/// </summary>
public partial class FinanceHomeFiguresTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_FinanceOnTheDemoData_ShowsTheFiguresOfTheInvoicesPaymentsAndTerms()
    {
        await using var app = new HubAppFactory();
        await app.InitializeAsync();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var client = await HubSession.SignInAsync(app, "finance@vendor.example", clock: clock);

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative), Token));
        JapaneseFormat.TokyoDate(clock.GetUtcNow()).ShouldBe(today, "the day changed while the page was read: run again");

        var expected = await ExpectedAsync(app, today);
        expected.Receivables.ShouldBeGreaterThan(0, "the demo leaves receivables open");
        Figure(body, "finance-receivables").ShouldBe(JapaneseFormat.Yen(expected.Receivables));
        Figure(body, "finance-overdue").ShouldBe(JapaneseFormat.Yen(expected.Overdue));
        NoteAfter(body, "finance-overdue").ShouldBe($"{expected.OverdueCount}件の請求書");
        Figure(body, "finance-run").ShouldBe($"発行 {expected.IssuedThisMonth}件");
        NoteAfter(body, "finance-run").ShouldBe($"下書き {expected.Drafts}件");
        expected.Recognised.ShouldBeGreaterThan(0, "the demo bills contract terms running this month");
        Figure(body, "finance-deferred").ShouldBe(JapaneseFormat.Yen(expected.Recognised));
        NoteAfter(body, "finance-deferred").ShouldBe($"月末前受残高 {JapaneseFormat.Yen(expected.Deferred)}");
        var recent = body[body.IndexOf("data-testid=\"finance-recent\"", StringComparison.Ordinal)..];
        recent.ShouldContain(expected.Newest);
    }

    private sealed record Expected(long Receivables, long Overdue, int OverdueCount, int IssuedThisMonth, int Drafts, long Recognised, long Deferred, string Newest);

    // Open per invoice: its total, less its credit notes and the payments received by today allocated to it (the system scope reads the
    // wholesale book only, as finance does).
    private static async Task<Expected> ExpectedAsync(HubAppFactory app, DateOnly today)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var documents = await db.Invoices.AsNoTracking().Where(i => i.Status != InvoiceStatus.Draft).ToListAsync(Token);
        var allocations = await db.Payments.AsNoTracking().Where(p => p.ReceivedOn <= today).SelectMany(p => p.Allocations)
            .Select(a => new { a.InvoiceId, a.Amount }).ToListAsync(Token);
        var open = documents.Where(d => d.Kind == InvoiceKind.Invoice && d.TransactionDate <= today)
            .Select(d => (Invoice: d, Open: d.GrandTotal.Amount
                + documents.Where(n => n.OriginalInvoiceId == d.Id && n.TransactionDate <= today).Sum(n => n.GrandTotal.Amount)
                - allocations.Where(a => a.InvoiceId == d.Id).Sum(a => a.Amount.Amount)))
            .Where(o => o.Open != 0).ToList();
        var overdue = open.Where(o => o.Invoice.DueDate < today).ToList();
        var month = YearMonth.Of(today);
        var (recognised, deferred) = await RevenueAsync(app, db, documents, month);
        return new Expected(
            open.Sum(o => o.Open), overdue.Sum(o => o.Open), overdue.Count,
            documents.Count(d => d.TransactionDate >= month.FirstDay && d.TransactionDate <= month.LastDay),
            await db.Invoices.CountAsync(i => i.Status == InvoiceStatus.Draft, Token),
            recognised, deferred,
            documents.OrderByDescending(d => d.IssuedAt).ThenByDescending(d => d.Number).First().Number!);
    }

    // Each issued contract-term line at its share of its rate's tax-excluded total, spread over its term by the domain's rule.
    private static async Task<(long Recognised, long Deferred)> RevenueAsync(HubAppFactory app, global::PartnerHub.Data.HubDbContext db, List<Invoice> documents, YearMonth month)
    {
        var contracts = await db.Contracts.AsNoTracking().ToDictionaryAsync(c => c.Id, Token);
        var calendars = await app.Services.GetRequiredService<IBusinessCalendarSource>().CurrentAsync(Token);
        long recognised = 0;
        long deferred = 0;
        foreach (var document in documents)
        {
            var nets = LineNetAmounts.Of(document);
            foreach (var item in document.Items.Where(i => i.SourceContractId is not null && i.SourceTerm is >= 1))
            {
                if (contracts[item.SourceContractId!.Value].Timeline(calendars) is not { } timeline)
                {
                    continue;
                }

                var term = timeline.Term(item.SourceTerm!.Value);
                var schedule = DeferredRevenue.Schedule(new PrepaidServiceRight("x", term.Start, term.End, nets[item.Id]));
                recognised += schedule.Months.Where(m => m.Month == month).Sum(m => m.Amount.Amount);
                deferred += schedule.DeferredAfter(month).Amount;
            }
        }

        return (recognised, deferred);
    }

    private static string Figure(string body, string testId)
    {
        var match = Regex.Match(body, $"data-testid=\"{testId}\"[^>]*>([^<]*)<");
        match.Success.ShouldBeTrue(testId);
        return match.Groups[1].Value.Trim();
    }

    // The card's note: the next text after its figure.
    private static string NoteAfter(string body, string testId)
    {
        var rest = body[body.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal)..];
        var match = NextText().Matches(rest).Skip(1).First();
        return match.Groups[1].Value.Trim();
    }

    [GeneratedRegex(@">\s*([^<>\s][^<>]*?)\s*<")]
    private static partial Regex NextText();
}
