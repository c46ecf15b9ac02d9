using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing;

/// <summary>
/// Demo invoices, made the way finance makes them (drafted, filled and issued through the use cases as the demo finance login,
/// so numbers, PDFs, hashes and audit rows are real): one issued wholesale invoice per demo partner billing its contracts'
/// wholesale fees, a partial credit note (an outage credit, 004 §7-2) against Hokuriku's, a Sakura invoice for a training that
/// never took place, cancelled by a credit note reversing it in full, and one draft for Minato. Issuing
/// prints with Chromium; where none is installed the documents stay drafts and a warning says so.
/// </summary>
public sealed class DemoInvoices(IServiceScopeFactory scopes, HubDbContextOptions contextOptions, TimeProvider clock, ILogger<DemoInvoices> logger)
    : IDemoDataContributor
{
    private const string FinanceLogin = "finance@vendor.example";
    private const int ContractsPerInvoice = 3;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await ActAsFinanceAsync(scope.ServiceProvider, contextOptions, clock, cancellationToken);
        var services = scope.ServiceProvider;
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var billedOn = new DateOnly(today.Year, today.Month, 1);
        var dueOn = billedOn.AddMonths(2).AddDays(-1);
        try
        {
            Guid? hokurikuInvoice = null;
            foreach (var partnerId in new[] { DemoOrganisations.MinatoPartner, DemoOrganisations.HokurikuPartner, DemoOrganisations.SakuraPartner })
            {
                var invoiceId = await DraftWithContractLinesAsync(services, partnerId, billedOn, dueOn, cancellationToken);
                await MustAsync(services.GetRequiredService<IssueInvoice>().ExecuteAsync(invoiceId, cancellationToken));
                hokurikuInvoice = partnerId == DemoOrganisations.HokurikuPartner ? invoiceId : hokurikuInvoice;
            }

            await CreditOutageAsync(services, hokurikuInvoice!.Value, cancellationToken);
            await CancelMistakenInvoiceAsync(services, billedOn, dueOn, cancellationToken);
            await DraftSetupWorkAsync(services, today, dueOn, cancellationToken);
        }
        catch (ChromiumNotFoundException exception)
        {
            logger.LogWarning(exception, "Demo invoices stay drafts: Chromium is not installed to print them.");
        }
    }

    /// <summary>Makes <paramref name="services"/>' current user the demo finance login, as the demo billing records are made.</summary>
    internal static Task ActAsFinanceAsync(IServiceProvider services, HubDbContextOptions contextOptions, TimeProvider clock, CancellationToken cancellationToken) =>
        ActAsAsync(services, contextOptions, clock, FinanceLogin, DemoOrganisations.Vendor, OrganisationKind.Vendor, HubRoles.Finance, cancellationToken);

    /// <summary>Makes <paramref name="services"/>' current user the demo login <paramref name="email"/> of the organisation, in its role.</summary>
    internal static async Task ActAsAsync(IServiceProvider services, HubDbContextOptions contextOptions, TimeProvider clock, string email, Guid organisationId,
        OrganisationKind kind, string role, CancellationToken cancellationToken)
    {
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(cancellationToken);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId),
            new Claim(ClaimTypes.Name, email),
            new Claim(HubClaimTypes.OrganisationId, organisationId.ToString()),
            new Claim(HubClaimTypes.OrganisationKind, kind.ToString()),
            new Claim(ClaimTypes.Role, role),
        ], "Demo");
        services.GetRequiredService<CurrentUser>().SetUser(new ClaimsPrincipal(identity));
    }

    // The partner's contracts with a wholesale basis, one line each for their current term.
    private async Task<Guid> DraftWithContractLinesAsync(IServiceProvider services, Guid partnerId, DateOnly billedOn, DateOnly dueOn, CancellationToken cancellationToken)
    {
        var draft = await MustAsync(services.GetRequiredService<CreateInvoiceDraft>().ExecuteAsync(partnerId, billedOn, dueOn, cancellationToken));
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.PartnerId == partnerId && c.WholesaleAnnualFee != null && c.DeliveryCompletedOn != null)
            .OrderBy(c => c.Number).Take(ContractsPerInvoice).ToListAsync(cancellationToken);
        var invoice = await db.Invoices.SingleAsync(i => i.Id == draft, cancellationToken);
        foreach (var contract in contracts)
        {
            var line = Domain.Billing.InvoiceLine.Charge($"センサーサービス年間利用料 {contract.Number}（第{Math.Max(1, contract.CurrentTerm)}期）", 1,
                contract.WholesaleAnnualFee!.Value, TaxCategory.Standard);
            Must(invoice.AddLine(line, InvoiceLineSource.ContractTerm(contract.Id, Math.Max(1, contract.CurrentTerm))));
        }

        if (contracts.Count == 0)
        {
            Must(invoice.AddLine(Domain.Billing.InvoiceLine.Charge("パートナー研修（初期導入）", 1, new Yen(55_000), TaxCategory.Standard),
                InvoiceLineSource.Manual("契約のないパートナーへの研修費（デモ）")));
        }

        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    private static async Task CreditOutageAsync(IServiceProvider services, Guid invoiceId, CancellationToken cancellationToken)
    {
        var note = await MustAsync(services.GetRequiredService<CreateCreditNote>().ExecuteAsync(invoiceId, cancellationToken));
        var queries = services.GetRequiredService<InvoiceQueries>();
        var remove = services.GetRequiredService<RemoveInvoiceLine>();
        foreach (var item in (await queries.GetAsync(note, cancellationToken))!.Invoice.Items)
        {
            await MustAsync(remove.ExecuteAsync(note, item.Id, cancellationToken));
        }

        await MustAsync(services.GetRequiredService<AddInvoiceLine>().ExecuteAsync(note,
            new ManualLineInput("サービス停止に伴う利用料の減額", 1, 13_200, TaxCategory.Standard, "監視サービス停止（約款 第7条第2項）"), cancellationToken));
        await MustAsync(services.GetRequiredService<IssueInvoice>().ExecuteAsync(note, cancellationToken));
    }

    // Issued by mistake (the training was called off), then cancelled by a credit note with every line reversed: "取消" in the lists.
    private static async Task CancelMistakenInvoiceAsync(IServiceProvider services, DateOnly billedOn, DateOnly dueOn, CancellationToken cancellationToken)
    {
        var draft = await MustAsync(services.GetRequiredService<CreateInvoiceDraft>().ExecuteAsync(DemoOrganisations.SakuraPartner, billedOn, dueOn, cancellationToken));
        await MustAsync(services.GetRequiredService<AddInvoiceLine>().ExecuteAsync(draft,
            new ManualLineInput("パートナー研修（中止）", 1, 55_000, TaxCategory.Standard, "研修は中止（誤って請求）"), cancellationToken));
        await MustAsync(services.GetRequiredService<IssueInvoice>().ExecuteAsync(draft, cancellationToken));
        var note = await MustAsync(services.GetRequiredService<CreateCreditNote>().ExecuteAsync(draft, cancellationToken));
        await MustAsync(services.GetRequiredService<IssueInvoice>().ExecuteAsync(note, cancellationToken));
    }

    private static async Task DraftSetupWorkAsync(IServiceProvider services, DateOnly today, DateOnly dueOn, CancellationToken cancellationToken)
    {
        var draft = await MustAsync(services.GetRequiredService<CreateInvoiceDraft>().ExecuteAsync(DemoOrganisations.MinatoPartner, today, dueOn, cancellationToken));
        await MustAsync(services.GetRequiredService<AddInvoiceLine>().ExecuteAsync(draft,
            new ManualLineInput("オンサイト設定作業", 2, 33_000, TaxCategory.Standard, "お客様拠点での追加設定（作業報告書あり）"), cancellationToken));
    }

    private static void Must(InvoiceRefusal? refusal)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException($"Demo invoice refused: {refusal}.");
        }
    }

    private static async Task<Guid> MustAsync(Task<DraftChangeResult> change)
    {
        var result = await change;
        return result.InvoiceId ?? throw new InvalidOperationException($"Demo invoice refused: {result.Problem} {result.Refusal}.");
    }

    private static async Task MustAsync(Task<IssueResult> issue)
    {
        var result = await issue;
        if (result.Number is null)
        {
            throw new InvalidOperationException($"Demo invoice not issued: {result.Problem} {string.Join(", ", result.Defects)}.");
        }
    }
}
