using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Data.Configurations.Pricing;

internal sealed class PriceListDocumentConfiguration : IEntityTypeConfiguration<PriceListDocument>
{
    public void Configure(EntityTypeBuilder<PriceListDocument> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Basis).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.EntriesJson).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.ValidFrom);
    }
}
