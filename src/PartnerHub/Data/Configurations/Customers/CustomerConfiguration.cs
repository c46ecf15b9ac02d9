using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.NameKana).HasMaxLength(200).IsRequired();
        builder.Property(c => c.CorporateNumber).HasMaxLength(13);
        builder.Property(c => c.PostalCode).HasMaxLength(8);
        builder.Property(c => c.Prefecture).HasMaxLength(10);
        builder.Property(c => c.Address).HasMaxLength(400);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Industry).HasMaxLength(100);
        builder.Property(c => c.Segment).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.NotificationEmails).HasMaxLength(1000);
        builder.Property(c => c.NotificationLanguage).HasMaxLength(5);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.OwnsOne(c => c.ServiceContact, ServiceContactMapping.Map);
        builder.HasMany(c => c.ContactHistory).WithOne().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.ContactHistory).HasField("_contactHistory");
        builder.HasIndex(c => new { c.PartnerId, c.NameKana });
    }
}

internal static class ServiceContactMapping
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, ServiceContact> contact)
        where TOwner : class
    {
        contact.Property(s => s.Name).HasMaxLength(100).IsRequired();
        contact.Property(s => s.NameKana).HasMaxLength(100);
        contact.Property(s => s.Email).HasMaxLength(256).IsRequired();
        contact.Property(s => s.Phone).HasMaxLength(20).IsRequired();
        contact.Property(s => s.Department).HasMaxLength(100);
    }
}
