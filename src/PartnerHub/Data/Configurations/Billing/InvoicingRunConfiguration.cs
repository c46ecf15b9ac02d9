using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Billing;

internal sealed class InvoicingRunConfiguration : IEntityTypeConfiguration<InvoicingRun>
{
    public void Configure(EntityTypeBuilder<InvoicingRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StartedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.FailureMessage).HasMaxLength(2000);
        builder.Ignore(r => r.BillingMonth);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.IssuerId).OnDelete(DeleteBehavior.Restrict);
        // The run list shows the newest first; a month's runs are looked up together.
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => new { r.Year, r.Month });
        builder.OwnsMany(r => r.Problems, problem =>
        {
            problem.ToTable("InvoicingRunProblems");
            problem.WithOwner().HasForeignKey("RunId");
            problem.HasKey(p => p.Id);
            problem.Property(p => p.Id).ValueGeneratedNever();
            problem.Property(p => p.Subject).HasMaxLength(200).IsRequired();
            problem.Property(p => p.Reason).HasMaxLength(64).IsRequired();
        });
        builder.Navigation(r => r.Problems).HasField("_problems");
    }
}
