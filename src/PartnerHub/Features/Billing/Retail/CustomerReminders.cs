using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Retail;

/// <summary>
/// Partners' reminders (督促) to their customers about overdue retail invoices, through the vendor dunning's own round
/// (<see cref="DunningRun"/>: stages on the business calendar, once per invoice and stage, the <see cref="DunningNotice"/> log, the e-mail
/// outbox) and on its schedule (<see cref="DunningJob"/>, as an <see cref="IDunningRound"/>). Written to the customer's notification
/// addresses in the customer's language, signed by the partner as the issuer; only partners that bill their customers through the hub
/// (an enabled <see cref="Domain.Billing.Retail.RetailInvoicingProfile"/>) remind anyone.
/// The vendor's scopes never read retail invoices, so each partner's round reads through a scope of that partner; the log rows and
/// e-mails are then written with system rights (a partner's scope writes no reminders), for a partner's button audited as its user.
/// </summary>
public sealed class CustomerDunningRun(DunningRun dunning, HubDbContextOptions contextOptions, IStringLocalizer<CustomerStatementStrings> strings,
    IOptionsMonitor<PaymentsOptions> options, TimeProvider clock, IBusinessCalendarSource calendars) : IDunningRound
{
    /// <summary>The outbox topic; the invoice id and stage follow.</summary>
    public const string Topic = "retail-dunning";

    /// <inheritdoc />
    public bool IsEnabled(PaymentsOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.CustomerDunningEnabled;
    }

    /// <summary>Every billing partner's reminders due on <paramref name="today"/>; returns how many invoices were reminded.</summary>
    public async Task<int> RunOnceAsync(DateOnly today, string by, CancellationToken cancellationToken)
    {
        List<Guid> partners;
        await using (var system = contextOptions.Create(TenantScope.System, clock))
        {
            partners = await system.RetailInvoicingProfiles.AsNoTracking().Where(p => p.Enabled).Select(p => p.PartnerId).ToListAsync(cancellationToken);
        }

        int reminded = 0;
        foreach (var partnerId in partners)
        {
            reminded += await RunForPartnerAsync(partnerId, today, by, cancellationToken);
        }

        return reminded;
    }

    /// <summary>One partner's reminders due on <paramref name="today"/> (nothing when it does not bill its customers through the hub).</summary>
    public Task<int> RunForPartnerAsync(Guid partnerId, DateOnly today, string by, CancellationToken cancellationToken) =>
        RemindAsync(new TenantScope(null, by, partnerId, OrganisationKind.SalesPartner), TenantScope.System, null, today, by, cancellationToken);

    /// <summary>The policy in force: the customer stages on the vendor dunning's calendar.</summary>
    public async Task<DunningPolicy> PolicyAsync(CancellationToken cancellationToken) =>
        options.CurrentValue.CustomerDunningOn(await calendars.CurrentAsync(cancellationToken));

    /// <summary>
    /// The reminders due on <paramref name="today"/> for the partner of <paramref name="readAs"/> (one invoice, or all of its overdue retail
    /// invoices), read through that partner's scope and written through <paramref name="writeAs"/>. Nothing when the partner does not bill
    /// its customers.
    /// </summary>
    internal async Task<int> RemindAsync(TenantScope readAs, TenantScope writeAs, Guid? invoiceId, DateOnly today, string by, CancellationToken cancellationToken)
    {
        Guid partnerId = readAs.PartnerId;
        var policy = await PolicyAsync(cancellationToken);
        await using var read = contextOptions.Create(readAs, clock);
        var profile = await read.RetailInvoicingProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.PartnerId == partnerId && p.Enabled, cancellationToken);
        if (profile is null)
        {
            return 0;
        }

        var overdue = (await ReceivableQueries.InvoiceBalancesAsync(read, policy, today, InvoiceRecipientKind.Customer, partnerId, invoiceId, cancellationToken))
            .Where(b => b.IsOverdue && b.Status == InvoiceStatus.Issued).ToList();
        if (overdue.Count == 0)
        {
            return 0;
        }

        var customerIds = overdue.Select(b => b.RecipientId).Distinct().ToList();
        var customers = await read.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .Select(c => new { c.Id, c.NotificationEmails, c.NotificationLanguage }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var letters = new DunningLetters(Topic,
            (invoice, _) => Task.FromResult(customers.TryGetValue(invoice.RecipientId, out var customer)
                ? NoticeRecipients.OfCustomer(customer.NotificationEmails, customer.NotificationLanguage)
                : []),
            (invoice, stage, daysOverdue, final) => Compose(invoice, profile.IssuerName, daysOverdue, final));
        await using var write = contextOptions.Create(writeAs, clock);
        return await dunning.QueueAsync(read, write, overdue, policy, today, by, letters, cancellationToken);
    }

    private (string Subject, string Body) Compose(InvoiceBalance invoice, string issuerName, int daysOverdue, bool finalStage)
    {
        var culture = CultureInfo.CurrentUICulture;
        var body = new StringBuilder()
            .AppendLine(strings["Reminder_Greeting", invoice.RecipientName])
            .AppendLine()
            .AppendLine(strings["Reminder_Opening", issuerName])
            .AppendLine(strings["Reminder_Body", invoice.Number, JapaneseFormat.Date(invoice.DueDate, culture), daysOverdue, JapaneseFormat.Yen(invoice.Open.Amount)])
            .AppendLine(strings["Reminder_IfPaid"]);
        if (finalStage)
        {
            body.AppendLine(strings["Reminder_FinalStage"]);
        }

        body.AppendLine().AppendLine(issuerName);
        return (strings["Reminder_Subject", issuerName, invoice.Number], body.ToString());
    }
}

/// <summary>Why a partner's "send reminder" sent nothing.</summary>
public enum CustomerReminderProblem
{
    NotAllowed,
    NotFound,

    /// <summary>The partner does not bill its customers through the hub (opted out).</summary>
    NotBillingCustomers,

    /// <summary>Not past its due date on the business calendar, or nothing open.</summary>
    NotOverdue,

    /// <summary>Reminders go out on business days only.</summary>
    NotBusinessDay,

    /// <summary>The stage the invoice has reached was already sent (each stage once).</summary>
    AlreadySent,
}

/// <summary>The stage sent, or why none was.</summary>
public sealed record CustomerReminderResult(int? Stage, CustomerReminderProblem? Problem = null)
{
    public static CustomerReminderResult Failed(CustomerReminderProblem problem) => new(null, problem);
}

/// <summary>
/// A partner's administrator or staff sends the reminder an overdue retail invoice has reached now, instead of waiting for the job: the same
/// round, so the stage is logged and never sent twice. Another partner's invoice is not found.
/// </summary>
public sealed class SendCustomerReminder(CustomerDunningRun run, RetailReceivableQueries receivables, IDbContextFactory<HubDbContext> contextFactory,
    CurrentUser currentUser, TimeProvider clock)
{
    public async Task<CustomerReminderResult> ExecuteAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.RetailRoles) || currentUser.Scope.PartnerId == Guid.Empty)
        {
            return CustomerReminderResult.Failed(CustomerReminderProblem.NotAllowed);
        }

        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        if (await receivables.InvoiceBalanceAsync(invoiceId, today, cancellationToken) is not { } invoice || invoice.Status != InvoiceStatus.Issued)
        {
            return CustomerReminderResult.Failed(CustomerReminderProblem.NotFound);
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.RetailInvoicingProfiles.AnyAsync(p => p.PartnerId == currentUser.Scope.PartnerId && p.Enabled, cancellationToken))
            {
                return CustomerReminderResult.Failed(CustomerReminderProblem.NotBillingCustomers);
            }
        }

        var policy = await run.PolicyAsync(cancellationToken);
        if (invoice.Open <= Yen.Zero || policy.DaysOverdue(invoice.DueDate, today) < policy.StageDays[0])
        {
            return CustomerReminderResult.Failed(CustomerReminderProblem.NotOverdue);
        }

        if (!policy.Calendar.IsBusinessDay(today))
        {
            return CustomerReminderResult.Failed(CustomerReminderProblem.NotBusinessDay);
        }

        int reminded = await run.RemindAsync(currentUser.Scope, currentUser.Scope.Elevated(), invoiceId, today, currentUser.Name, cancellationToken);
        if (reminded == 0)
        {
            return CustomerReminderResult.Failed(CustomerReminderProblem.AlreadySent);
        }

        var stage = policy.StageDays.Last(s => s <= policy.DaysOverdue(invoice.DueDate, today));
        return new CustomerReminderResult(stage);
    }
}

/// <summary>A customer's issued retail invoices with something open, for the reminder panel: each with its balance and days overdue.</summary>
public sealed class CustomerOpenInvoices(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, CustomerDunningRun run)
{
    public async Task<IReadOnlyList<InvoiceBalance>> ListAsync(Guid customerId, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.RetailRoles) || currentUser.Scope.PartnerId == Guid.Empty)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var balances = await ReceivableQueries.InvoiceBalancesAsync(db, await run.PolicyAsync(cancellationToken), today, InvoiceRecipientKind.Customer,
            currentUser.Scope.PartnerId, null, cancellationToken);
        return [.. balances.Where(b => b.RecipientId == customerId && b.Open > Yen.Zero && b.Status == InvoiceStatus.Issued).OrderBy(b => b.DueDate)];
    }

    /// <summary>Whether the user's partner bills its customers through the hub (reminders go out only then).</summary>
    public async Task<bool> BillsCustomersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return currentUser.Scope.PartnerId != Guid.Empty
            && await db.RetailInvoicingProfiles.AnyAsync(p => p.PartnerId == currentUser.Scope.PartnerId && p.Enabled, cancellationToken);
    }
}
