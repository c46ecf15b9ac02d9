using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Data.Configurations.Attachments;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;

namespace PartnerHub.Data.Configurations.Contracts;

internal sealed class ServiceContractConfiguration : IEntityTypeConfiguration<ServiceContract>
{
    public void Configure(EntityTypeBuilder<ServiceContract> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32).IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.PlanCode).HasMaxLength(32).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Events).HasField("_events");
        builder.Property(c => c.EarlyEndCause).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.EarlyEndReason).HasMaxLength(1000);
        // The policy version's settings the contract was made under: a later version never changes them.
        builder.Property(c => c.PolicySettings).HasConversion(PlanPolicySettingsJson.Converter!);
        builder.HasOne<Domain.Contracts.Terms.PlanPolicyVersion>().WithMany().HasForeignKey(c => c.PolicyVersionId).OnDelete(DeleteBehavior.Restrict);
        // The contracts cancelled under a terms-change notice (004 §21-2), listed on the notice.
        builder.HasIndex(c => c.EarlyEndNoticeId);
        builder.HasIndex(c => new { c.PartnerId, c.Status });
        // The renewal run reads the contracts whose term ended before today; the worklist, those by term end.
        builder.HasIndex(c => new { c.Status, c.CurrentTermEndsOn });
        // The contract list's default order (newest order first, then number): its first page is read from this index
        // instead of sorting every contract (50,000 at scale).
        builder.HasIndex(c => new { c.OrderedOn, c.Number }).IsDescending(true, false);
    }
}

internal sealed class ContractEventConfiguration : IEntityTypeConfiguration<ContractEvent>
{
    public void Configure(EntityTypeBuilder<ContractEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32).HasDefaultValue(ContractEventKind.StatusChanged).HasSentinel(ContractEventKind.StatusChanged);
        builder.Property(e => e.By).HasMaxLength(256);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.HasIndex(e => e.PartnerId);
    }
}

internal sealed class ContractLetterConfiguration : IEntityTypeConfiguration<ContractLetter>
{
    public void Configure(EntityTypeBuilder<ContractLetter> builder)
    {
        builder.MapStoredAttachment("ContractLetters");
        // Restrict: a letter is evidence and outlives nothing it proves; contracts are never deleted anyway.
        builder.HasOne<ServiceContract>().WithMany().HasForeignKey(l => l.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.PartnerId);
    }
}
