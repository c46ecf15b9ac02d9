using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.ServiceNotices;

namespace PartnerHub.Data.Configurations.ServiceNotices;

internal sealed class ServiceNoticeConfiguration : IEntityTypeConfiguration<ServiceNotice>
{
    public void Configure(EntityTypeBuilder<ServiceNotice> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.TitleJa).HasMaxLength(ServiceNotice.MaxTitleLength);
        builder.Property(n => n.TitleEn).HasMaxLength(ServiceNotice.MaxTitleLength);
        builder.Property(n => n.BodyJa).HasMaxLength(ServiceNotice.MaxBodyLength);
        builder.Property(n => n.BodyEn).HasMaxLength(ServiceNotice.MaxBodyLength);
        builder.Property(n => n.Reason).HasMaxLength(ServiceNotice.MaxTextLength);
        builder.Property(n => n.RecipientAction).HasMaxLength(ServiceNotice.MaxTextLength);
        builder.Property(n => n.NewTerms).HasMaxLength(ServiceNotice.MaxBodyLength);
        builder.Property(n => n.EmergencyReason).HasMaxLength(ServiceNotice.MaxTextLength);
        builder.Property(n => n.FeesDuringSuspension).HasMaxLength(ServiceNotice.MaxTextLength);
        builder.Property(n => n.Ground).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.TargetKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.TargetValues).HasMaxLength(8000);
        builder.Property(n => n.TargetPartners).HasMaxLength(4000);
        builder.Property(n => n.PublishedBy).HasMaxLength(256);
        builder.Property(n => n.WithdrawnBy).HasMaxLength(256);
        builder.Property(n => n.WithdrawalReason).HasMaxLength(ServiceNotice.MaxTextLength);
        builder.Ignore(n => n.Targeting);
        // A notice's correction, and the original a correction replaced.
        builder.HasIndex(n => n.CorrectsId);
        // The list: newest first.
        builder.HasIndex(n => n.PublishedAt);
    }
}

internal sealed class ServiceNoticePartnerConfiguration : IEntityTypeConfiguration<ServiceNoticePartner>
{
    public void Configure(EntityTypeBuilder<ServiceNoticePartner> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<ServiceNotice>().WithMany().HasForeignKey(p => p.NoticeId).OnDelete(DeleteBehavior.Restrict);
        // One board entry per notice and partner; the partner's board lists its own.
        builder.HasIndex(p => new { p.NoticeId, p.PartnerId }).IsUnique();
        builder.HasIndex(p => p.PartnerId);
        builder.Property(p => p.PartnerName).HasMaxLength(200);
        builder.Property(p => p.AcknowledgedBy).HasMaxLength(256);
    }
}

internal sealed class ServiceNoticeRecipientConfiguration : IEntityTypeConfiguration<ServiceNoticeRecipient>
{
    public void Configure(EntityTypeBuilder<ServiceNoticeRecipient> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<ServiceNotice>().WithMany().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.NoticeId, r.CustomerId }).IsUnique();
        builder.HasIndex(r => new { r.NoticeId, r.PartnerId });
        builder.Property(r => r.CustomerName).HasMaxLength(200);
        builder.Property(r => r.PlanCodes).HasMaxLength(200);
    }
}

internal sealed class ServiceNoticeDeliveryConfiguration : IEntityTypeConfiguration<ServiceNoticeDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceNoticeDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<ServiceNotice>().WithMany().HasForeignKey(d => d.NoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutboundEmail>().WithMany().HasForeignKey(d => d.OutboundEmailId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceNoticeDelivery>().WithMany().HasForeignKey(d => d.WithdrawsLetterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Audience).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Address).HasMaxLength(400);
        builder.Property(d => d.Language).HasMaxLength(8);
        builder.Property(d => d.RecordedBy).HasMaxLength(256);
        builder.Property(d => d.OtherMethod).HasMaxLength(ServiceNotice.MaxOtherMethodLength);
        builder.Property(d => d.LetterDelivery).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(d => d.LetterDeemedDeliveredOn);
        // The delivery log of a notice, a partner's own rows.
        builder.HasIndex(d => new { d.NoticeId, d.PartnerId });
    }
}
