using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Customers;

namespace PartnerHub.Data.Configurations.Customers;

internal sealed class DataErasureConfiguration : IEntityTypeConfiguration<DataErasure>
{
    public void Configure(EntityTypeBuilder<DataErasure> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Summary).HasMaxLength(1000);
        // One erasure per contract (NULLs, the customer's own data, are not unique-checked: the job checks that one).
        builder.HasIndex(e => new { e.CustomerId, e.ContractId });
        builder.HasIndex(e => e.ContractId).IsUnique();
        builder.HasIndex(e => e.PartnerId);
    }
}
