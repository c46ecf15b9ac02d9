using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Attachments;

namespace PartnerHub.Data.Configurations.Attachments;

/// <summary>
/// The columns every attachment table shares (<see cref="StoredAttachment"/>), mapped once; each case's configuration adds
/// its table name, its case and its own fields. The base type is not an entity: each subtype keeps its own table.
/// </summary>
internal static class StoredAttachmentMapping
{
    public static EntityTypeBuilder<T> MapStoredAttachment<T>(this EntityTypeBuilder<T> builder, string table)
        where T : StoredAttachment
    {
        builder.ToTable(table);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(128);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.StorageKey).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.UploadedBy).HasMaxLength(256);
        builder.Property(a => a.ScanStatus).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => a.StorageKey).IsUnique();
        return builder;
    }
}
