using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing;

public class InvoiceIssueTests(HubAppFactory app)
{
    [Fact]
    public async Task Issue_CompleteDraft_StoresThePdfWithItsHashAndTheQualifiedContent()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var id = await billing.DraftAsync(unitPrice: 110_000);

        var result = await billing.IssueAsync(id);

        result.Number.ShouldStartWith("INV-");
        await using var db = app.CreateContext(TenantScope.System);
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id, TestContext.Current.CancellationToken);
        var pdf = await db.InvoicePdfs.AsNoTracking().SingleAsync(p => p.InvoiceId == id, TestContext.Current.CancellationToken);
        invoice.Status.ShouldBe(InvoiceStatus.Issued);
        invoice.Number.ShouldBe(result.Number);
        System.Text.Encoding.ASCII.GetString(pdf.Content, 0, 5).ShouldBe("%PDF-");
        InvoicePdf.HashOf(pdf.Content).ShouldBe(invoice.PdfSha256);
        pdf.Sha256.ShouldBe(invoice.PdfSha256);
        if (Environment.GetEnvironmentVariable("PARTNERHUB_DOCUMENT_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            await File.WriteAllBytesAsync(Path.Combine(dump, "invoice.pdf"), pdf.Content, TestContext.Current.CancellationToken);
        }

        var text = await PdfText.ExtractAsync(pdf.Content);
        text.ShouldContain(result.Number!);
        text.ShouldContain("T7000012050002");
        text.ShouldContain("株式会社みなと情報システム");
        text.ShouldContain("オンサイト設定作業");
        // ¥110,000 tax included at 10%: ¥10,000 tax, computed once for the rate.
        text.ShouldContain("10,000");
        invoice.TaxTotal.ShouldBe(new Yen(10_000));
    }

    [Fact]
    public async Task Issue_IssuerWithoutRegistrationNumber_RefusesAndGivesNoNumber()
    {
        var billing = await BillingTestData.NewIssuerAsync(app, registered: false);
        var id = await billing.DraftAsync();

        var result = await billing.IssueAsync(id);

        result.Number.ShouldBeNull();
        result.Problem.ShouldBe(InvoiceProblem.Incomplete);
        result.Defects.ShouldBe([InvoiceDefect.MissingRegistrationNumber]);
        await using var db = app.CreateContext(TenantScope.System);
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id, TestContext.Current.CancellationToken);
        invoice.Status.ShouldBe(InvoiceStatus.Draft);
        invoice.Number.ShouldBeNull();
        (await db.InvoiceNumberCounters.AnyAsync(c => c.IssuerId == billing.IssuerId, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.InvoicePdfs.AnyAsync(p => p.InvoiceId == id, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Issue_MissingRegistrationNumber_MessageNamesTheIssuerInJapanese()
    {
        var billing = await BillingTestData.NewIssuerAsync(app, registered: false);
        var id = await billing.DraftAsync();
        var result = await billing.IssueAsync(id);
        await using var scope = billing.AsFinance();
        var strings = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<BillingStrings>>();

        using var culture = PartnerHub.Infrastructure.Localization.CultureScope.Use(new System.Globalization.CultureInfo("ja"));
        var message = BillingMessages.For(strings, result, "テスト発行株式会社").ShouldHaveSingleItem();

        message.ShouldContain("テスト発行株式会社");
        message.ShouldContain("登録番号");
    }

    [Fact]
    public async Task Issue_FiftyConcurrentIssues_GetFiftyNumbersWithoutGap()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var drafts = new List<Guid>();
        for (int i = 0; i < 50; i++)
        {
            drafts.Add(await billing.DraftAsync(unitPrice: 1_000 + i));
        }

        var results = await Task.WhenAll(drafts.Select(id => Task.Run(() => billing.IssueAsync(id))));

        results.ShouldAllBe(r => r.Number != null);
        await using var db = app.CreateContext(TenantScope.System);
        var numbers = await db.Invoices.AsNoTracking().Where(i => i.IssuerId == billing.IssuerId).Select(i => i.Number!).ToListAsync(TestContext.Current.CancellationToken);
        var fiscalYear = (await db.Invoices.AsNoTracking().FirstAsync(i => i.IssuerId == billing.IssuerId, TestContext.Current.CancellationToken)).FiscalYear!.Value;
        numbers.Order(StringComparer.Ordinal).ShouldBe(Enumerable.Range(1, 50).Select(n => InvoiceNumberFormat.Format("INV", fiscalYear, n)));
        (await db.InvoiceNumberCounters.SingleAsync(c => c.IssuerId == billing.IssuerId, TestContext.Current.CancellationToken)).LastNumber.ShouldBe(50);
    }

    [Fact]
    public async Task AddLine_IssuedInvoice_IsRefusedAndTheStoredInvoiceIsUnchanged()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var id = await billing.IssuedAsync();
        await using var scope = billing.AsFinance();

        var added = await scope.ServiceProvider.GetRequiredService<AddInvoiceLine>().ExecuteAsync(id,
            new ManualLineInput("後からの追加", 1, 5_000, TaxCategory.Standard, "訂正"), TestContext.Current.CancellationToken);
        await using var db = app.CreateContext(TenantScope.System);
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id, TestContext.Current.CancellationToken);
        var removed = await scope.ServiceProvider.GetRequiredService<RemoveInvoiceLine>().ExecuteAsync(id, invoice.Items[0].Id, TestContext.Current.CancellationToken);
        var reissued = await billing.IssueAsync(id);

        added.Refusal.ShouldBe(InvoiceRefusal.NotDraft);
        removed.Refusal.ShouldBe(InvoiceRefusal.NotDraft);
        reissued.Problem.ShouldBe(InvoiceProblem.NotDraft);
        var after = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id, TestContext.Current.CancellationToken);
        after.Items.ShouldHaveSingleItem();
        after.GrandTotal.ShouldBe(new Yen(110_000));
        after.Number.ShouldBe(invoice.Number);
    }

    [Fact]
    public async Task CreditNote_FullReversal_ReferencesAndCancelsTheOriginal()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var originalId = await billing.IssuedAsync(unitPrice: 55_000);
        await using var scope = billing.AsFinance();

        var note = await scope.ServiceProvider.GetRequiredService<CreateCreditNote>().ExecuteAsync(originalId, TestContext.Current.CancellationToken);
        var issued = await billing.IssueAsync(note.InvoiceId!.Value);

        issued.Number.ShouldStartWith("CN-");
        issued.Number.ShouldEndWith("-000001");
        await using var db = app.CreateContext(TenantScope.System);
        var original = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == originalId, TestContext.Current.CancellationToken);
        var credit = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == note.InvoiceId, TestContext.Current.CancellationToken);
        credit.Kind.ShouldBe(InvoiceKind.CreditNote);
        credit.OriginalInvoiceId.ShouldBe(originalId);
        credit.GrandTotal.ShouldBe(new Yen(-55_000));
        credit.TaxTotal.ShouldBe(-original.TaxTotal);
        credit.Items.ShouldHaveSingleItem().Amount.ShouldBe(new Yen(-55_000));
        original.Status.ShouldBe(InvoiceStatus.Cancelled);
        original.CancelledByCreditNoteId.ShouldBe(credit.Id);
        var text = await PdfText.ExtractAsync((await db.InvoicePdfs.AsNoTracking().SingleAsync(p => p.InvoiceId == credit.Id, TestContext.Current.CancellationToken)).Content);
        text.ShouldContain("返還請求書");
        text.ShouldContain(original.Number!);
    }

    [Fact]
    public async Task Drafting_WhenPartnerStaffTries_IsNotAllowed()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, Domain.Partners.HubRoles.PartnerStaff);

        var result = await scope.ServiceProvider.GetRequiredService<CreateInvoiceDraft>()
            .ExecuteAsync(PartnerHub.Data.Seeding.DemoOrganisations.MinatoPartner, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), TestContext.Current.CancellationToken);

        result.Problem.ShouldBe(InvoiceProblem.NotAllowed);
    }
}
