using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Customers;

namespace PartnerHub.Data.Configurations.Customers;

internal sealed class ServiceContactRecordConfiguration : IEntityTypeConfiguration<ServiceContactRecord>
{
    public void Configure(EntityTypeBuilder<ServiceContactRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.OwnsOne(r => r.Contact, ServiceContactMapping.Map);
        builder.HasIndex(r => r.PartnerId);
    }
}
