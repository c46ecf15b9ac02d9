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
    public async Task Seed_HasADraftAndIssuedCreditNotesOnePartialAndOneCancellingItsInvoice()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var vendorDocuments = db.Invoices.AsNoTracking().Where(i => i.IssuerId == DemoOrganisations.Vendor);

        (await vendorDocuments.AnyAsync(i => i.Status == InvoiceStatus.Draft && i.Number == null, TestContext.Current.CancellationToken)).ShouldBeTrue();
        // The demo's notes are the demo finance login's (tests running meanwhile may credit invoices of their own).
        var notes = await vendorDocuments.Where(i => i.Kind == InvoiceKind.CreditNote && i.CreatedBy == "finance@vendor.example")
            .ToListAsync(TestContext.Current.CancellationToken);
        notes.ShouldNotBeEmpty();
        notes.ShouldAllBe(n => n.Status == InvoiceStatus.Issued && n.Number!.StartsWith("CN-") && n.GrandTotal.IsNegative);
        var originalIds = notes.Select(n => n.OriginalInvoiceId).ToList();
        var originals = await vendorDocuments.Where(i => originalIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, TestContext.Current.CancellationToken);
        notes.ShouldAllBe(n => originals.ContainsKey(n.OriginalInvoiceId!.Value) && originals[n.OriginalInvoiceId!.Value].Number == n.OriginalNumber);
        // The outage credit leaves its invoice issued; the note reversing the mistaken invoice in full cancels it.
        notes.ShouldContain(n => originals[n.OriginalInvoiceId!.Value].Status == InvoiceStatus.Issued && n.GrandTotal.Amount > -originals[n.OriginalInvoiceId!.Value].GrandTotal.Amount);
        notes.ShouldContain(n => originals[n.OriginalInvoiceId!.Value].Status == InvoiceStatus.Cancelled && n.GrandTotal.Amount == -originals[n.OriginalInvoiceId!.Value].GrandTotal.Amount);
    }

    [Fact]
    public async Task Seed_Minato_InvoicesItsCustomersWithOneIssuedContractFeeAndOneDraft()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var profile = await db.RetailInvoicingProfiles.AsNoTracking().SingleAsync(p => p.PartnerId == DemoOrganisations.MinatoPartner, TestContext.Current.CancellationToken);
        var retail = await db.Invoices.AsNoTracking().IgnoreQueryFilters()
            .Where(i => i.IssuerId == DemoOrganisations.MinatoPartner && i.RecipientKind == InvoiceRecipientKind.Customer && i.CreatedBy == "admin@minato.example")
            .ToListAsync(TestContext.Current.CancellationToken);

        profile.Enabled.ShouldBeTrue();
        var issued = retail.Where(i => i.Status == InvoiceStatus.Issued).ShouldHaveSingleItem();
        issued.IssuerRegistrationNumber.ShouldBe(profile.RegistrationNumber);
        var line = issued.Items.ShouldHaveSingleItem();
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == line.SourceContractId, TestContext.Current.CancellationToken);
        // Billed at the retail fee the customer pays (a first term, at most the annual fee), not the vendor's wholesale price.
        contract.CustomerId.ShouldBe(issued.RecipientId);
        issued.GrandTotal.Amount.ShouldBeInRange(1, contract.AnnualFee.Amount);
        issued.GrandTotal.ShouldNotBe(contract.WholesaleAnnualFee ?? default);
        var pdf = await db.InvoicePdfs.AsNoTracking().IgnoreQueryFilters().SingleAsync(p => p.InvoiceId == issued.Id, TestContext.Current.CancellationToken);
        InvoicePdf.HashOf(pdf.Content).ShouldBe(issued.PdfSha256);
        retail.Where(i => i.Status == InvoiceStatus.Draft).ShouldHaveSingleItem().Number.ShouldBeNull();
    }
}
