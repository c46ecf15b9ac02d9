using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Guidance;

namespace PartnerHub.Data.Configurations.Contracts;

internal sealed class GuidanceBatchConfiguration : IEntityTypeConfiguration<GuidanceBatch>
{
    public void Configure(EntityTypeBuilder<GuidanceBatch> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.StartedBy).HasMaxLength(256);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(32);
        // The page shows the latest run of a year.
        builder.HasIndex(b => new { b.FiscalYear, b.StartedAt });
    }
}

internal sealed class GuidanceLetterConfiguration : IEntityTypeConfiguration<GuidanceLetter>
{
    public void Configure(EntityTypeBuilder<GuidanceLetter> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        // One letter per contract and year: a re-run, or two runs at once, can never write a second one.
        builder.HasIndex(l => new { l.ContractId, l.FiscalYear }).IsUnique();
        builder.HasOne<ServiceContract>().WithMany().HasForeignKey(l => l.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceBatch>().WithMany().HasForeignKey(l => l.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.ContractNumber).HasMaxLength(32);
        builder.Property(l => l.PartnerName).HasMaxLength(200);
        builder.Property(l => l.CustomerName).HasMaxLength(200);
        builder.Property(l => l.Language).HasMaxLength(8);
        builder.Property(l => l.PdfSha256).HasMaxLength(64);
        builder.Property(l => l.RecipientKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Recipients).HasMaxLength(1000);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Error).HasMaxLength(1000);
        builder.Ignore(l => l.Facts);
        builder.Ignore(l => l.NeedsWriting);
        // The result list: a year's letters, a partner's own first.
        builder.HasIndex(l => new { l.FiscalYear, l.PartnerId });
    }
}
