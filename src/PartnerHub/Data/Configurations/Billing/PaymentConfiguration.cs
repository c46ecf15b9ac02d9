using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Billing;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.PayerName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.MatchState).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.MatchReasons).HasMaxLength(200).IsUnicode(false);
        builder.Property(p => p.SourceFileName).HasMaxLength(260);
        builder.Property(p => p.BankRecordIdentity).HasMaxLength(120).IsUnicode(false);
        builder.Property(p => p.Note).HasMaxLength(500);
        builder.Property(p => p.RecordedBy).HasMaxLength(256);
        builder.Property(p => p.ReversedBy).HasMaxLength(256);
        builder.Property(p => p.ReversalReason).HasMaxLength(500);
        builder.Property(p => p.ReversalRecordIdentity).HasMaxLength(120).IsUnicode(false);
        // A bank 取消 record reverses one payment once, however often its file is imported.
        builder.HasIndex(p => p.ReversalRecordIdentity).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        // A bank record is booked once, whatever file it arrives in again (manual receipts have none).
        builder.HasIndex(p => p.BankRecordIdentity).IsUnique();
        builder.HasIndex(p => new { p.PartnerId, p.ReceivedOn });
        builder.HasIndex(p => p.ReceivedOn);
        // Customer receipts (retail): the partner that received the money, the customer who paid, how.
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.PayeePartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PayeePartnerId, p.CustomerId, p.ReceivedOn });
        // The retail invoice a customer receipt was recorded against: the invoice page lists it there, reversed or not.
        builder.HasOne<Invoice>().WithMany().HasForeignKey(p => p.ForInvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ForInvoiceId);
        builder.Ignore(p => p.CreditApplications);
        builder.Ignore(p => p.PayerId);
        builder.Ignore(p => p.IsCustomerReceipt);
        builder.OwnsMany(p => p.Allocations, allocation =>
        {
            allocation.ToTable("PaymentAllocations");
            allocation.WithOwner().HasForeignKey("PaymentId");
            allocation.HasKey(a => a.Id);
            allocation.Property(a => a.Id).ValueGeneratedNever();
            allocation.Property(a => a.AllocatedBy).HasMaxLength(256);
            allocation.HasOne<Invoice>().WithMany().HasForeignKey(a => a.InvoiceId).OnDelete(DeleteBehavior.Restrict);
            allocation.HasIndex(a => a.InvoiceId);
        });
        builder.Navigation(p => p.Allocations).HasField("_allocations");
    }
}

internal sealed class PayerNameConfiguration : IEntityTypeConfiguration<PayerName>
{
    public void Configure(EntityTypeBuilder<PayerName> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Name).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Key).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.CreatedBy).HasMaxLength(256);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.PartnerId, n.Key }).IsUnique();
    }
}

internal sealed class DunningNoticeConfiguration : IEntityTypeConfiguration<DunningNotice>
{
    public void Configure(EntityTypeBuilder<DunningNotice> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.InvoiceNumber).HasMaxLength(32).IsRequired();
        builder.Property(n => n.Recipients).HasMaxLength(2000);
        builder.Property(n => n.QueuedBy).HasMaxLength(256);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(n => n.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        // One reminder per invoice and stage, even if two rounds race.
        builder.HasIndex(n => new { n.InvoiceId, n.Stage }).IsUnique();
        builder.HasIndex(n => new { n.PartnerId, n.SentOn });
    }
}

internal sealed class BankCancellationConfiguration : IEntityTypeConfiguration<BankCancellation>
{
    public void Configure(EntityTypeBuilder<BankCancellation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.RecordIdentity).HasMaxLength(120).IsUnicode(false).IsRequired();
        builder.Property(c => c.AccountKey).HasMaxLength(60).IsUnicode(false).IsRequired();
        builder.Property(c => c.ReferenceKey).HasMaxLength(60).IsUnicode(false).IsRequired();
        builder.Property(c => c.Account).HasMaxLength(40).IsUnicode(false).IsRequired();
        builder.Property(c => c.InquiryNumber).HasMaxLength(20).IsUnicode(false).IsRequired();
        builder.Property(c => c.PayerName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.SourceFileName).HasMaxLength(260).IsRequired();
        builder.Property(c => c.RecordedBy).HasMaxLength(256);
        builder.Property(c => c.Cause).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.RefusalDetail).HasMaxLength(500);
        builder.Property(c => c.Resolution).HasMaxLength(500);
        builder.Property(c => c.ResolvedByImportOf).HasMaxLength(260);
        builder.Property(c => c.ResolvedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Payment>().WithMany().HasForeignKey(c => c.MatchedPaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(c => c.RefusedPaymentId).OnDelete(DeleteBehavior.Restrict);
        // One work item per bank record, however often its file is imported.
        builder.HasIndex(c => c.RecordIdentity).IsUnique();
        // A later payment with the same bank reference finds the open items it may resolve.
        builder.HasIndex(c => new { c.Status, c.AccountKey, c.ReferenceKey });
        builder.HasIndex(c => new { c.Status, c.BookingDate });
    }
}
