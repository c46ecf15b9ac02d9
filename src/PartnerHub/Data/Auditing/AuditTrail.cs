using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerHub.Domain.Common;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Data.Auditing;

/// <summary>Turns the change tracker's pending changes into <see cref="AuditEntry"/> rows.</summary>
internal static class AuditTrail
{
    // Secrets and bookkeeping columns: recording them would leak credentials or add noise.
    private static readonly HashSet<string> s_hiddenProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Version", "NormalizedEmail", "NormalizedUserName", "AccessFailedCount",
    };

    // Tokens and keys hold secrets (authenticator keys, recovery codes); Data Protection keys are infrastructure.
    // Telemetry is machine data at thousands of rows a second with its own receipts; the outbox is its own record.
    private static readonly HashSet<Type> s_ignoredTypes =
    [
        typeof(Domain.Devices.SensorEvent),
        typeof(Domain.Devices.Health.DeviceHealth),
        typeof(Domain.Devices.Health.DeviceStateChange),
        typeof(Domain.Devices.Alerts.AlertDailyCount),
        typeof(Domain.Devices.Telemetry.IngestedBatch),
        typeof(Domain.Notices.OutboundEmail),
        typeof(AuditEntry),
        // The issued PDF's bytes do not belong in an audit row; its hash is on the audited invoice.
        typeof(Domain.Billing.Invoices.InvoicePdf),
        typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey),
        typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<string>),
        typeof(Microsoft.AspNetCore.Identity.IdentityUserLogin<string>),
        typeof(Microsoft.AspNetCore.Identity.IdentityUserPasskey<string>),
    ];

    // Owned rows are audited with their owner, except an allocation of money to an invoice: adding or taking one back leaves the
    // payment row as it was, so each is a row of the trail itself (with its payment's id and partner).
    private static readonly HashSet<Type> s_ownedRowsAudited = [typeof(Domain.Billing.Payments.PaymentAllocation)];

    public static List<AuditEntry> Collect(ChangeTracker changeTracker, TenantScope scope, DateTimeOffset at)
    {
        var entries = new List<AuditEntry>();
        // One pass over the tracker (each Entries() call detects changes again: telemetry saves track thousands of rows).
        var tracked = changeTracker.Entries().ToList();
        var deskOnly = new Lazy<HashSet<string>>(() => DeskOnlyCaseItems(tracked));
        foreach (var entry in tracked)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || s_ignoredTypes.Contains(entry.Metadata.ClrType)
                || (entry.Metadata.IsOwned() && !s_ownedRowsAudited.Contains(entry.Metadata.ClrType)))
            {
                continue;
            }

            var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in entry.Properties)
            {
                if (s_hiddenProperties.Contains(property.Metadata.Name)
                    || property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey() && !entry.Metadata.IsOwned())
                {
                    continue;
                }

                object? before = entry.State == EntityState.Added ? null : property.OriginalValue;
                object? after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
                if (entry.State == EntityState.Modified && Equals(before, after))
                {
                    continue;
                }

                changes[property.Metadata.Name] = new { before, after };
            }

            AddOwnedChanges(entry, changes);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            entries.Add(new AuditEntry
            {
                Id = Guid.NewGuid(),
                At = at,
                UserId = scope.UserId,
                UserName = scope.UserName,
                PartnerId = PartnerOf(OwnerOf(entry, tracked)?.Entity ?? entry.Entity, deskOnly),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                Changes = JsonSerializer.Serialize(changes),
            });
        }

        return entries;
    }

    private static void AddOwnedChanges(EntityEntry entry, Dictionary<string, object?> changes)
    {
        foreach (var reference in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned()))
        {
            var target = reference.TargetEntry;
            if (target is null)
            {
                continue;
            }

            foreach (var property in target.Properties.Where(p => !p.Metadata.IsPrimaryKey()))
            {
                object? before = target.State == EntityState.Added ? null : property.OriginalValue;
                object? after = property.CurrentValue;
                if (!Equals(before, after) || entry.State == EntityState.Added)
                {
                    changes[reference.Metadata.Name + "." + property.Metadata.Name] = new { before, after };
                }
            }
        }
    }

    // The case's notes and attachments are tracked with the case whenever its history records one of them (added, scanned).
    private static HashSet<string> DeskOnlyCaseItems(List<EntityEntry> tracked) =>
    [
        .. tracked.Select(e => e.Entity).OfType<Domain.Escalations.CaseNote>().Where(n => n.Visibility == Domain.Escalations.NoteVisibility.Internal).Select(n => n.Id.ToString()),
        .. tracked.Select(e => e.Entity).OfType<Domain.Escalations.CaseAttachment>().Where(a => a.Visibility == Domain.Escalations.NoteVisibility.Internal).Select(a => a.Id.ToString()),
    ];

    private static Guid? PartnerOf(object entity, Lazy<HashSet<string>> deskOnly) => entity switch
    {
        // Desk-only case items stay out of the partner's view of the audit trail (TLP: internal never leaves the vendor side),
        // and so do the history entries that name them (their detail starts with the item's id).
        Domain.Escalations.CaseNote { Visibility: Domain.Escalations.NoteVisibility.Internal } => null,
        Domain.Escalations.CaseAttachment { Visibility: Domain.Escalations.NoteVisibility.Internal } => null,
        Domain.Escalations.SupportCaseEvent { Detail: { Length: >= 36 } detail } when deskOnly.Value.Contains(detail[..36]) => null,
        IPartnerOwned owned => owned.PartnerId,
        // A customer's receipt is the partner's record, like its retail invoices.
        Domain.Billing.Payments.Payment { PayeePartnerId: { } payee } => payee,
        Organisation { Kind: OrganisationKind.SalesPartner } organisation => organisation.Id,
        ApplicationUser user => user.OrganisationId,
        _ => null,
    };

    // The tracked owner of an owned row (found by the ownership's key), so the row is audited under its owner's partner.
    private static EntityEntry? OwnerOf(EntityEntry entry, List<EntityEntry> tracked)
    {
        if (!entry.Metadata.IsOwned() || entry.Metadata.FindOwnership() is not { } ownership)
        {
            return null;
        }

        var key = ownership.Properties.Select(p => entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue).ToList();
        return tracked.FirstOrDefault(o => o.Metadata.ClrType == ownership.PrincipalEntityType.ClrType
            && ownership.PrincipalKey.Properties.Select(p => o.Property(p.Name).CurrentValue).SequenceEqual(key));
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }
}
