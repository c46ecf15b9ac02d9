using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Data.Configurations.Attachments;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Escalations;

internal sealed class SupportCaseConfiguration : IEntityTypeConfiguration<SupportCase>
{
    public void Configure(EntityTypeBuilder<SupportCase> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Number).HasMaxLength(32).IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Subject).HasMaxLength(200).IsRequired();
        builder.Property(c => c.ThreatClass).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ApplianceSerial).HasMaxLength(64);
        builder.Property(c => c.OpeningSnapshot);
        builder.Property(c => c.OpenedBy).HasMaxLength(256);
        builder.Property(c => c.CallerPolicy).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.HearingSheetMarking).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.PartnerAnswer).HasMaxLength(4000);
        builder.Property(c => c.AssignedTo).HasMaxLength(256);
        builder.Property(c => c.FirstAnswerChannel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.OwnsOne(c => c.Caller, caller =>
        {
            caller.Property(v => v.CallerName).HasMaxLength(100);
            caller.Property(v => v.CallerPhone).HasMaxLength(30);
            caller.Property(v => v.CallerEmail).HasMaxLength(256);
            caller.Property(v => v.Method).HasConversion<string>().HasMaxLength(32);
            caller.Property(v => v.By).HasMaxLength(256);
            caller.Property(v => v.Note).HasMaxLength(1000);
        });
        builder.Navigation(c => c.Caller).IsRequired();

        // The answers have no identity of their own: a refill replaces them all. The generated key keeps question order.
        builder.OwnsMany(c => c.HearingAnswers, answer =>
        {
            answer.ToTable("SupportCaseHearingAnswers");
            answer.WithOwner().HasForeignKey("CaseId");
            answer.Property<int>("Id");
            answer.HasKey("Id");
            answer.Property(a => a.QuestionKey).HasMaxLength(64);
            answer.Property(a => a.Value).HasMaxLength(4000);
        });
        builder.Navigation(c => c.HearingAnswers).HasField("_hearingAnswers");

        builder.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Notes).HasField("_notes");
        builder.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Attachments).HasField("_attachments");
        builder.HasMany(c => c.CustomerRequests).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.CustomerRequests).HasField("_customerRequests");
        builder.HasMany(c => c.Reports).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Reports).HasField("_reports");
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Events).HasField("_events");

        builder.HasIndex(c => new { c.PartnerId, c.Status });
        builder.HasIndex(c => new { c.Status, c.EscalatedAt });
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("SupportCaseNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Author).HasMaxLength(256);
        builder.Property(n => n.AuthorSide).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Text).HasMaxLength(8000);
        builder.Property(n => n.Visibility).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Marking).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> builder)
    {
        builder.MapStoredAttachment("SupportCaseAttachments");
        builder.Property(a => a.Visibility).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Marking).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Side).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class CustomerRequestConfiguration : IEntityTypeConfiguration<CustomerRequest>
{
    public void Configure(EntityTypeBuilder<CustomerRequest> builder)
    {
        builder.ToTable("SupportCaseCustomerRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
    }
}

internal sealed class CaseReportConfiguration : IEntityTypeConfiguration<CaseReport>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public void Configure(EntityTypeBuilder<CaseReport> builder)
    {
        builder.ToTable("SupportCaseReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Marking).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.By).HasMaxLength(256);
        // One JSON column: the record's constructor takes the report, and EF binds only scalar properties to constructor
        // parameters (not owned or complex values), so a converted scalar keeps the domain type as written.
        builder.Property(r => r.Content)
            .HasConversion(
                report => JsonSerializer.Serialize(report, s_json),
                json => JsonSerializer.Deserialize<IncidentReport>(json, s_json)!)
            .IsRequired();
    }
}

internal sealed class SupportCaseEventConfiguration : IEntityTypeConfiguration<SupportCaseEvent>
{
    public void Configure(EntityTypeBuilder<SupportCaseEvent> builder)
    {
        builder.ToTable("SupportCaseEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.By).HasMaxLength(256);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        // The aggregate reads its history in list order (the last event's time, the waiting intervals), and several events
        // share one instant (assign + start, request + wait): the position in the list is stored and loaded by.
        builder.Property<int>(SequenceProperty);
        builder.HasIndex(nameof(SupportCaseEvent.CaseId), SequenceProperty);
    }

    public const string SequenceProperty = "Sequence";
}

internal sealed class HearingSheetTemplateConfiguration : IEntityTypeConfiguration<HearingSheetTemplate>
{
    private static readonly ValueComparer<IReadOnlyList<string>> s_choicesComparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
        list => list.ToList());

    public void Configure(EntityTypeBuilder<HearingSheetTemplate> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(t => new { t.Name, t.VersionNumber }).IsUnique();
        builder.OwnsMany(t => t.Questions, question =>
        {
            question.ToTable("HearingQuestions");
            question.WithOwner().HasForeignKey("TemplateId");
            question.Property<int>("Id");
            question.HasKey("Id");
            question.Property(q => q.Key).HasMaxLength(64);
            question.Property(q => q.TextJa).HasMaxLength(400);
            question.Property(q => q.TextEn).HasMaxLength(400);
            question.Property(q => q.Type).HasConversion<string>().HasMaxLength(16);
            question.Ignore(q => q.MaxLength);
            // Choices are a JSON array of strings in one column.
            question.Property(q => q.Choices)
                .HasConversion(
                    list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
                    json => (IReadOnlyList<string>)(JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>()),
                    s_choicesComparer)
                .HasMaxLength(2000);
        });
        builder.Navigation(t => t.Questions).HasField("_questions");
    }
}
