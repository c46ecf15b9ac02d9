using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Guidance;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.RenewalGuidance;

/// <summary>How far a run has got, for the page's progress display.</summary>
public sealed record GuidanceProgress(int Total, int Written, int Skipped, int Failed)
{
    public int Done => Written + Skipped + Failed;
}

/// <summary>What a run did.</summary>
public sealed record GuidanceRunResult(Guid BatchId, int Total, int Written, int Skipped, int Failed);

/// <summary>
/// The January renewal guidance of fiscal-year plans (002 §12-2): for every in-service 002 contract whose term ends on
/// March 31 of the year and that has neither a non-renewal notice nor an early end, prints a letter with the expiry, the
/// next term, its fee and payment due date (002 §13-3-②) and the non-renewal deadline (002 §12-1), stores it, and
/// queues an e-mail to the customer's notification addresses, or to the partner's staff when the customer has none.
/// Each contract is its own transaction; a failure is recorded on its letter and retried by the next run, and a
/// letter once sent is never written again (one per contract and year, a unique index).
/// </summary>
public sealed class RunRenewalGuidance(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, GuidanceLetterPrinter printer, IStringLocalizer<GuidanceStrings> strings,
    IOptionsMonitor<MailOptions> notices, TimeProvider clock, ILogger<RunRenewalGuidance> logger, IBusinessCalendarSource calendars)
{
    /// <summary>The outbox topic; the contract and fiscal year follow.</summary>
    public const string Topic = "renewal-guidance";

    /// <summary>Runs the guidance for <paramref name="fiscalYear"/> (the year of the renewal on April 1); null when the user may not.</summary>
    public async Task<GuidanceRunResult?> ExecuteAsync(int fiscalYear, bool japaneseEra, IProgress<GuidanceProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(GuidancePermissions.RunRoles) || fiscalYear is < 2000 or > 2100)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        var termEnd = GuidanceYear.TermEnd(fiscalYear);
        var batch = new GuidanceBatch(Guid.NewGuid(), fiscalYear, now, currentUser.Name);
        List<Candidate> candidates;
        Dictionary<Guid, GuidanceLetterStatus> earlier;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            db.GuidanceBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            candidates = await CandidatesAsync(db, termEnd, await calendars.CurrentAsync(cancellationToken), cancellationToken);
            earlier = await db.GuidanceLetters.AsNoTracking().Where(l => l.FiscalYear == fiscalYear)
                .Select(l => new { l.ContractId, l.Status }).ToDictionaryAsync(l => l.ContractId, l => l.Status, cancellationToken);
        }

        int written = 0, skipped = 0, failed = 0;
        progress?.Report(new GuidanceProgress(candidates.Count, 0, 0, 0));
        foreach (var candidate in candidates)
        {
            if (earlier.TryGetValue(candidate.Contract.Id, out var status) && status == GuidanceLetterStatus.Sent)
            {
                skipped++;
            }
            else
            {
                switch (await WriteAsync(batch.Id, fiscalYear, candidate, today, japaneseEra, cancellationToken))
                {
                    case GuidanceLetterStatus.Sent:
                        written++;
                        break;
                    case GuidanceLetterStatus.Failed:
                        failed++;
                        break;
                    case null:
                        skipped++;
                        break;
                }
            }

            progress?.Report(new GuidanceProgress(candidates.Count, written, skipped, failed));
        }

        await using (var db = await contextFactory.CreateDbContextAsync(CancellationToken.None))
        {
            db.GuidanceBatches.Attach(batch);
            batch.Count(candidates.Count, written, skipped, failed);
            batch.Finish(clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
        }

        logger.LogInformation("Renewal guidance {FiscalYear}: {Total} contracts, {Written} written, {Skipped} already sent, {Failed} failed",
            fiscalYear, candidates.Count, written, skipped, failed);
        return new GuidanceRunResult(batch.Id, candidates.Count, written, skipped, failed);
    }

    /// <summary>The plans whose terms end on March 31 and renew on April 1 (002 §4-2, §12-2).</summary>
    public static IReadOnlyList<string> FiscalYearPlans { get; } =
        [.. ServicePlan.All.Where(p => ServicePlanPolicy.TryForPlan(p.Code, out var policy) && policy.FiscalYearAligned && policy.AutoRenews).Select(p => p.Code)];

    // In service (Ending always has a notice or an early end), term ending on the year's March 31. A contract delivered
    // before terms were tracked has no stored term end; its timeline decides.
    private static async Task<List<Candidate>> CandidatesAsync(HubDbContext db, DateOnly termEnd, BusinessCalendarSet calendarSet, CancellationToken cancellationToken)
    {
        var plans = FiscalYearPlans.ToList();
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => plans.Contains(c.PlanCode) && (c.Status == ContractStatus.Delivered || c.Status == ContractStatus.Active)
                && c.NonRenewalNoticeOn == null && c.EarlyEndOn == null && (c.CurrentTermEndsOn == termEnd || c.CurrentTermEndsOn == null))
            .OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var candidates = new List<Candidate>();
        foreach (var contract in contracts)
        {
            if (FactsFor(contract, termEnd, calendarSet) is { } facts)
            {
                candidates.Add(new Candidate(contract, facts));
            }
        }

        return candidates;
    }

    /// <summary>
    /// What the letter of <paramref name="contract"/> says for the term ending <paramref name="termEnd"/>: null when the
    /// contract does not renew then (another term end, a notice or an early end). The fee of the next term is the
    /// contract's annual fee (002 §13-1); it is due on the 25th two months before the renewal month (002 §13-3-②). The
    /// cancel-by date rolls back on <paramref name="calendars"/> (with the vendor's closures).
    /// </summary>
    public static GuidanceFacts? FactsFor(ServiceContract contract, DateOnly termEnd, BusinessCalendarSet calendars)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (contract.Timeline(calendars) is not { ServiceEnd: null, Policy.AutoRenews: true } timeline || timeline.TermOn(termEnd) is not { } term || term.End != termEnd)
        {
            return null;
        }

        var next = timeline.Term(term.Number + 1);
        return new GuidanceFacts(term.Start, term.End, next.Start, next.End, contract.AnnualFee, FiscalYearPlanBilling.RenewalPaymentDueDate(next.Start),
            term.CancelBy);
    }

    // Returns the letter's status, or null when another run wrote it meanwhile.
    private async Task<GuidanceLetterStatus?> WriteAsync(Guid batchId, int fiscalYear, Candidate candidate, DateOnly today, bool japaneseEra,
        CancellationToken cancellationToken)
    {
        var contract = candidate.Contract;
        var facts = candidate.Facts;
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
            var partner = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == contract.PartnerId, cancellationToken);
            var letter = await db.GuidanceLetters.SingleOrDefaultAsync(l => l.ContractId == contract.Id && l.FiscalYear == fiscalYear, cancellationToken);
            if (letter is { NeedsWriting: false })
            {
                return null;
            }

            var at = clock.GetUtcNow();
            if (letter is null)
            {
                letter = new GuidanceLetter(Guid.NewGuid(), batchId, contract.Id, contract.Number, contract.PartnerId, partner.Name, customer.Id, customer.Name,
                    fiscalYear, facts, today, japaneseEra, at);
                db.GuidanceLetters.Add(letter);
            }
            else
            {
                letter.Prepare(batchId, facts, today, japaneseEra, at);
            }

            var (kind, recipients) = await RecipientsAsync(db, customer, at, cancellationToken);
            if (recipients.Count == 0)
            {
                letter.MarkFailed(strings["Error_NoRecipient"], at);
                await db.SaveChangesAsync(cancellationToken);
                return GuidanceLetterStatus.Failed;
            }

            var letterCulture = Culture(customer.NotificationLanguage);
            var pdf = await printer.RenderAsync(GuidanceLetterModel.For(letter, contract.PlanCode, contract.Units, customer, partner), letterCulture, cancellationToken);
            letter.MarkSent(pdf, Convert.ToHexStringLower(SHA256.HashData(pdf)), letterCulture.Name, kind, string.Join(",", recipients.Select(r => r.Email)),
                clock.GetUtcNow());
            QueueEmails(db, letter, kind, recipients, partner);
            // The letter, its PDF and its e-mails are saved together: either the customer is told and the letter shows it, or neither.
            await db.SaveChangesAsync(cancellationToken);
            return GuidanceLetterStatus.Sent;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Renewal guidance for contract {Number} failed", contract.Number);
            return await RecordFailureAsync(batchId, fiscalYear, candidate, facts, today, japaneseEra, exception.Message);
        }
    }

    // In a fresh context: the failed attempt's context may hold a half-saved state.
    private async Task<GuidanceLetterStatus?> RecordFailureAsync(Guid batchId, int fiscalYear, Candidate candidate, GuidanceFacts facts, DateOnly today,
        bool japaneseEra, string error)
    {
        var contract = candidate.Contract;
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
            var at = clock.GetUtcNow();
            var letter = await db.GuidanceLetters.SingleOrDefaultAsync(l => l.ContractId == contract.Id && l.FiscalYear == fiscalYear, CancellationToken.None);
            if (letter is { NeedsWriting: false })
            {
                return null;
            }

            if (letter is null)
            {
                var names = await db.Customers.Where(c => c.Id == contract.CustomerId).Select(c => c.Name).SingleAsync(CancellationToken.None);
                var partner = await db.Organisations.Where(o => o.Id == contract.PartnerId).Select(o => o.Name).SingleAsync(CancellationToken.None);
                letter = new GuidanceLetter(Guid.NewGuid(), batchId, contract.Id, contract.Number, contract.PartnerId, partner, contract.CustomerId, names,
                    fiscalYear, facts, today, japaneseEra, at);
                db.GuidanceLetters.Add(letter);
            }
            else
            {
                letter.Prepare(batchId, facts, today, japaneseEra, at);
            }

            letter.MarkFailed(error, at);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException)
        {
            // Still counted as failed and logged: the page shows the run's failure count, and the next run tries again.
            logger.LogError(exception, "Could not record the failed renewal guidance of contract {Number}", contract.Number);
        }

        return GuidanceLetterStatus.Failed;
    }

    // The customer's notification addresses in its language (the letter is addressed to it); otherwise the partner's
    // active staff, each in the language they chose, to pass the letter on.
    private static async Task<(GuidanceRecipientKind Kind, List<NoticeRecipient> Recipients)> RecipientsAsync(HubDbContext db, Customer customer,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var addresses = NoticeRecipients.OfCustomer(customer.NotificationEmails, customer.NotificationLanguage);
        if (addresses.Count > 0)
        {
            return (GuidanceRecipientKind.Customer, addresses);
        }

        return (GuidanceRecipientKind.PartnerStaff, await NoticeRecipients.OfOrganisationAsync(db, customer.PartnerId, now, cancellationToken));
    }

    private void QueueEmails(HubDbContext db, GuidanceLetter letter, GuidanceRecipientKind kind, List<NoticeRecipient> recipients, Organisation partner)
    {
        var link = new Uri(notices.CurrentValue.HubBaseUrl, GuidanceEndpoints.PdfPath(letter.Id).TrimStart('/'));
        var topic = string.Create(CultureInfo.InvariantCulture, $"{Topic}:{letter.ContractId:N}:{letter.FiscalYear}");
        var at = letter.EmailQueuedAt!.Value;
        foreach (var byLanguage in recipients.GroupBy(r => r.Culture))
        {
            var culture = Culture(byLanguage.Key);
            using var language = CultureScope.Use(culture);
            string Date(DateOnly date) => JapaneseFormat.Date(date, culture);
            var subject = strings["Email_Subject", letter.FiscalYear, letter.ContractNumber].Value;
            var body = new StringBuilder()
                .AppendLine(kind == GuidanceRecipientKind.Customer
                    ? strings["Email_Lead_Customer", letter.CustomerName, letter.ContractNumber, Date(letter.TermEnd)]
                    : strings["Email_Lead_Partner", letter.CustomerName, letter.ContractNumber, Date(letter.TermEnd)])
                .AppendLine()
                .AppendLine(strings["Email_Facts", Date(letter.TermEnd), Date(letter.NextTermStart), Date(letter.NextTermEnd),
                    JapaneseFormat.YenWithSuffix(letter.Fee.Amount), Date(letter.DueOn), Date(letter.CancelBy)])
                .AppendLine()
                .AppendLine(kind == GuidanceRecipientKind.Customer
                    ? strings["Email_Close_Customer", partner.Name, partner.Phone ?? string.Empty]
                    : strings["Email_Close_Partner", link])
                .ToString();
            foreach (var recipient in byLanguage)
            {
                db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), letter.PartnerId, recipient.Email, subject, body, topic, at));
            }
        }
    }

    private static CultureInfo Culture(string? name) =>
        HubCultures.Supported.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) ?? HubCultures.Supported[0];

    private sealed record Candidate(ServiceContract Contract, GuidanceFacts Facts);
}

/// <summary>Prints a guidance letter in a language.</summary>
public sealed class GuidanceLetterPrinter(IPdfRenderer renderer, IStringLocalizer<GuidanceStrings> strings)
{
    public async Task<byte[]> RenderAsync(GuidanceLetterModel letter, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        string title;
        using (CultureScope.Use(culture))
        {
            title = strings["DocumentTitle"];
        }

        return await renderer.RenderAsync<RenewalGuidanceDocument>(
            new Dictionary<string, object?> { [nameof(RenewalGuidanceDocument.Letter)] = letter },
            new PdfRenderOptions { Culture = culture, Title = title, FooterText = letter.ContractNumber },
            cancellationToken);
    }
}
