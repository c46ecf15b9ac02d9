using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Data.Configurations.Contracts;

internal sealed class PlanPolicyVersionConfiguration : IEntityTypeConfiguration<PlanPolicyVersion>
{
    public void Configure(EntityTypeBuilder<PlanPolicyVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.PlanCode).HasMaxLength(32).IsRequired();
        builder.Property(v => v.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(v => v.Settings).HasConversion(PlanPolicySettingsJson.Converter).IsRequired();
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => new { v.PlanCode, v.EffectiveFrom });
    }
}

/// <summary>
/// A plan policy's settings as one JSON column (like a case report's content): the record is read whole through its
/// constructor, and a contract keeps the same shape (<see cref="Domain.Contracts.ServiceContract.PolicySettings"/>).
/// </summary>
internal static class PlanPolicySettingsJson
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static ValueConverter<PlanPolicySettings, string> Converter { get; } = new(
        settings => JsonSerializer.Serialize(settings, s_json),
        json => JsonSerializer.Deserialize<PlanPolicySettings>(json, s_json)!);
}
