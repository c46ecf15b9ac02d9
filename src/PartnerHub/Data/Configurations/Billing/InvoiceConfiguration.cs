using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Billing;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.RecipientKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.PriceBasis).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Rounding).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.RecipientName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Number).HasMaxLength(32);
        builder.Property(i => i.OriginalNumber).HasMaxLength(32);
        builder.Property(i => i.IssuedBy).HasMaxLength(256);
        builder.Property(i => i.CreatedBy).HasMaxLength(256);
        builder.Property(i => i.IssuerName).HasMaxLength(200);
        builder.Property(i => i.IssuerRegistrationNumber).HasMaxLength(14).IsUnicode(false);
        builder.Property(i => i.PdfSha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(i => i.IssuerAddress).HasMaxLength(400);
        builder.Property(i => i.RecipientAddress).HasMaxLength(400);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.IssuerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.OriginalInvoiceId).OnDelete(DeleteBehavior.Restrict);
        // Numbers are unique per issuer; drafts have none.
        builder.HasIndex(i => new { i.IssuerId, i.Number }).IsUnique();
        // The register is searched by partner and transaction date (電子帳簿保存法: date, amount, counterparty).
        builder.HasIndex(i => new { i.PartnerId, i.TransactionDate });
        builder.HasIndex(i => i.TransactionDate);
        builder.OwnsMany(i => i.Items, item =>
        {
            item.ToTable("InvoiceItems");
            item.WithOwner().HasForeignKey("InvoiceId");
            item.HasKey(l => l.Id);
            item.Property(l => l.Id).ValueGeneratedNever();
            item.Property(l => l.Description).HasMaxLength(500).IsRequired();
            item.Property(l => l.TaxCategory).HasConversion<string>().HasMaxLength(16);
            item.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
            item.Property(l => l.ManualReason).HasMaxLength(500);
            item.Property(l => l.SourceCharge).HasConversion<string>().HasMaxLength(32);
            // The invoicing run looks up what was billed for the contracts it bills.
            item.HasIndex(l => new { l.SourceContractId, l.SourceTerm });
            // Not unique: a credit note reversing the line names the same pending charge. The charge's own status bills it once.
            item.HasIndex(l => l.SourcePendingChargeId);
        });
        builder.Navigation(i => i.Items).HasField("_items");
        builder.OwnsMany(i => i.RateTotals, total =>
        {
            total.ToTable("InvoiceRateTotals");
            total.WithOwner().HasForeignKey("InvoiceId");
            total.HasKey(t => t.Id);
            total.Property(t => t.Id).ValueGeneratedNever();
            total.Property(t => t.Category).HasConversion<string>().HasMaxLength(16);
        });
        builder.Navigation(i => i.RateTotals).HasField("_rateTotals");
    }
}

internal sealed class InvoicePdfConfiguration : IEntityTypeConfiguration<InvoicePdf>
{
    public void Configure(EntityTypeBuilder<InvoicePdf> builder)
    {
        builder.HasKey(p => p.InvoiceId);
        builder.HasOne<Invoice>().WithOne().HasForeignKey<InvoicePdf>(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(p => p.PartnerId);
    }
}

internal sealed class InvoiceNumberCounterConfiguration : IEntityTypeConfiguration<InvoiceNumberCounter>
{
    public void Configure(EntityTypeBuilder<InvoiceNumberCounter> builder)
    {
        builder.HasKey(c => new { c.IssuerId, c.FiscalYear, c.Series });
        builder.Property(c => c.Series).HasMaxLength(8).IsUnicode(false);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.IssuerId).OnDelete(DeleteBehavior.Restrict);
    }
}
