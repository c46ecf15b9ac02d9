using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing;

/// <summary>The demo has what the pages and the page-health crawl need: issued invoices for every partner, a draft and a credit note.</summary>
public class DemoInvoicesTests(HubAppFactory app)
{
    [Fact]
    public async Task Seed_EveryDemoPartner_HasAnIssuedWholesaleInvoiceFromTheVendorWithItsPdf()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var issued = await db.Invoices.AsNoTracking()
            .Where(i => i.IssuerId == DemoOrganisations.Vendor && i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Issued)
            .ToListAsync(TestContext.Current.CancellationToken);
        var pdfs = await db.InvoicePdfs.AsNoTracking().ToDictionaryAsync(p => p.InvoiceId, TestContext.Current.CancellationToken);

        // Every demo partner is billed (tests running meanwhile may bill partners of their own from the same issuer).
        new[] { DemoOrganisations.MinatoPartner, DemoOrganisations.HokurikuPartner, DemoOrganisations.SakuraPartner }
            .ShouldBeSubsetOf(issued.Select(i => i.PartnerId).Distinct());
        issued.ShouldAllBe(i => i.Number!.StartsWith("INV-") && i.IssuerRegistrationNumber!.StartsWith('T'));
        issued.ShouldAllBe(i => pdfs.ContainsKey(i.Id) && InvoicePdf.HashOf(pdfs[i.Id].Content) == i.PdfSha256);
        issued.SelectMany(i => i.Items).ShouldContain(item => item.SourceContractId != null);
    }

    [Fact]
    public async Task Seed_HasADraftAndAnIssuedCreditNoteReferencingAnInvoice()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var vendorDocuments = db.Invoices.AsNoTracking().Where(i => i.IssuerId == DemoOrganisations.Vendor);

        (await vendorDocuments.AnyAsync(i => i.Status == InvoiceStatus.Draft && i.Number == null, TestContext.Current.CancellationToken)).ShouldBeTrue();
        var note = await vendorDocuments.SingleAsync(i => i.Kind == InvoiceKind.CreditNote, TestContext.Current.CancellationToken);
        note.Status.ShouldBe(InvoiceStatus.Issued);
        note.Number.ShouldStartWith("CN-");
        note.GrandTotal.IsNegative.ShouldBeTrue();
        (await vendorDocuments.AnyAsync(i => i.Id == note.OriginalInvoiceId && i.Number == note.OriginalNumber, TestContext.Current.CancellationToken)).ShouldBeTrue();
    }
}
