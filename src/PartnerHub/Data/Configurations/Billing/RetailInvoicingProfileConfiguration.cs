using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Billing.Retail;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Billing;

internal sealed class RetailInvoicingProfileConfiguration : IEntityTypeConfiguration<RetailInvoicingProfile>
{
    public void Configure(EntityTypeBuilder<RetailInvoicingProfile> builder)
    {
        // One profile per partner: the partner is the key.
        builder.HasKey(p => p.PartnerId);
        builder.Property(p => p.PartnerId).ValueGeneratedNever();
        builder.Property(p => p.IssuerName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.RegistrationNumber).HasMaxLength(14).IsUnicode(false).IsRequired();
        builder.Property(p => p.PriceBasis).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Rounding).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ChangedBy).HasMaxLength(256);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithOne().HasForeignKey<RetailInvoicingProfile>(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
