using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Partners;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Property(o => o.NameKana).HasMaxLength(200).IsRequired();
        builder.Property(o => o.CorporateNumber).HasMaxLength(13);
        builder.Property(o => o.InvoiceRegistrationNumber).HasMaxLength(14);
        builder.Property(o => o.PostalCode).HasMaxLength(8);
        builder.Property(o => o.Address).HasMaxLength(400);
        builder.Property(o => o.Phone).HasMaxLength(20);
        builder.Property(o => o.Representative).HasMaxLength(100);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.NameKana);
    }
}
