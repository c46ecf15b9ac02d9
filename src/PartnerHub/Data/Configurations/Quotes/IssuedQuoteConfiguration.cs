using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Quotes;

namespace PartnerHub.Data.Configurations.Quotes;

internal sealed class IssuedQuoteConfiguration : IEntityTypeConfiguration<IssuedQuote>
{
    public void Configure(EntityTypeBuilder<IssuedQuote> builder)
    {
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Number).HasMaxLength(32).IsRequired();
        builder.HasIndex(q => q.Number).IsUnique();
        builder.HasOne<Customer>().WithMany().HasForeignKey(q => q.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(q => q.PlanCode).HasMaxLength(32).IsRequired();
        builder.Property(q => q.PriceBasis).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.PriceListName).HasMaxLength(200);
        builder.Property(q => q.IssuedBy).HasMaxLength(256);
        builder.HasIndex(q => new { q.PartnerId, q.IssuedAt });
    }
}
