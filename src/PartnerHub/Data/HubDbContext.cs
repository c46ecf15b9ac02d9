using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Auditing;
using PartnerHub.Domain.Common;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Guidance;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.Quotes;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Data;

/// <summary>
/// The hub's one model. Provider subclasses (<see cref="SqliteHubDbContext"/>, <see cref="SqlServerHubDbContext"/>)
/// exist only so each provider keeps its own migration set.
/// Tenant isolation lives here: every partner-owned set has a query filter on the context's <see cref="TenantScope"/>,
/// and <see cref="SaveChangesAsync(bool, CancellationToken)"/> refuses writes to another partner's rows.
/// </summary>
public abstract class HubDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    private readonly TimeProvider _timeProvider;

    protected HubDbContext(DbContextOptions options, TenantScope tenant, TimeProvider timeProvider)
        : base(options)
    {
        Tenant = tenant;
        _timeProvider = timeProvider;
    }

    public TenantScope Tenant { get; }

    // Query filters read these per context instance (EF parameterises context members).
    private protected bool SeesAllPartners => Tenant.SeesAllPartners;

    private protected Guid TenantPartnerId => Tenant.PartnerId;

    private Guid TenantOrganisationId => Tenant.OwnOrganisationId;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<ServiceContactRecord> ServiceContactRecords => Set<ServiceContactRecord>();

    public DbSet<DataErasure> DataErasures => Set<DataErasure>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PriceListDocument> PriceLists => Set<PriceListDocument>();

    public DbSet<Domain.Calendars.CalendarAdjustment> CalendarAdjustments => Set<Domain.Calendars.CalendarAdjustment>();

    public DbSet<Domain.Contracts.Terms.PlanPolicyVersion> PlanPolicyVersions => Set<Domain.Contracts.Terms.PlanPolicyVersion>();

    public DbSet<IssuedQuote> Quotes => Set<IssuedQuote>();

    public DbSet<ServiceContract> Contracts => Set<ServiceContract>();

    public DbSet<ContractEvent> ContractEvents => Set<ContractEvent>();

    public DbSet<ContractLetter> ContractLetters => Set<ContractLetter>();

    public DbSet<GuidanceBatch> GuidanceBatches => Set<GuidanceBatch>();

    public DbSet<GuidanceLetter> GuidanceLetters => Set<GuidanceLetter>();

    public DbSet<Appliance> Appliances => Set<Appliance>();

    public DbSet<ApplianceEvent> ApplianceEvents => Set<ApplianceEvent>();

    public DbSet<KittingTask> KittingTasks => Set<KittingTask>();

    /// <summary>Lent units coming back: at a contract's end, after a swap, or for another reason.</summary>
    public DbSet<Domain.Hardware.Returns.ReturnTask> ReturnTasks => Set<Domain.Hardware.Returns.ReturnTask>();

    public DbSet<ParameterSheet> ParameterSheets => Set<ParameterSheet>();

    public DbSet<ParameterSheetVersion> ParameterSheetVersions => Set<ParameterSheetVersion>();

    public DbSet<SensorEvent> SensorEvents => Set<SensorEvent>();

    public DbSet<DeviceHealth> DeviceHealths => Set<DeviceHealth>();

    /// <summary>
    /// The health of units serving a live contract now: the unit is still allocated to the contract its health is attributed
    /// to and serves it (not lost, swapped out, returning or in inspection; not refurbished, re-kitted or scrapped since it last
    /// reported), and that contract has not ended, been terminated or been cancelled. A unit that serves no live contract keeps
    /// its last version and state, but it is not watched and no notice targets it: its replacement, or no one, is served.
    /// </summary>
    public IQueryable<DeviceHealth> HealthOfServingUnits()
    {
        var notServing = Appliance.NotServingContract.ToList();
        var closed = ServiceContract.ClosedStatuses.ToList();
        return DeviceHealths.Where(h => h.ContractId != null
            && Appliances.Any(a => a.Id == h.ApplianceId && a.ContractId == h.ContractId && !notServing.Contains(a.Status))
            && Contracts.Any(c => c.Id == h.ContractId && !closed.Contains(c.Status)));
    }

    public DbSet<DeviceStateChange> DeviceStateChanges => Set<DeviceStateChange>();

    public DbSet<AlertDailyCount> AlertDailyCounts => Set<AlertDailyCount>();

    public DbSet<ThreatMappingRule> ThreatMappingRules => Set<ThreatMappingRule>();

    public DbSet<RequiredSoftwareVersion> RequiredSoftwareVersions => Set<RequiredSoftwareVersion>();

    public DbSet<IngestedBatch> IngestedBatches => Set<IngestedBatch>();

    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    public DbSet<Domain.ServiceNotices.ServiceNotice> ServiceNotices => Set<Domain.ServiceNotices.ServiceNotice>();

    public DbSet<Domain.ServiceNotices.ServiceNoticePartner> ServiceNoticePartners => Set<Domain.ServiceNotices.ServiceNoticePartner>();

    public DbSet<Domain.ServiceNotices.ServiceNoticeRecipient> ServiceNoticeRecipients => Set<Domain.ServiceNotices.ServiceNoticeRecipient>();

    public DbSet<Domain.ServiceNotices.ServiceNoticeDelivery> ServiceNoticeDeliveries => Set<Domain.ServiceNotices.ServiceNoticeDelivery>();

    public DbSet<SupportCase> SupportCases => Set<SupportCase>();

    public DbSet<CaseNote> SupportCaseNotes => Set<CaseNote>();

    public DbSet<CaseAttachment> SupportCaseAttachments => Set<CaseAttachment>();

    public DbSet<CustomerRequest> SupportCaseCustomerRequests => Set<CustomerRequest>();

    public DbSet<CaseReport> SupportCaseReports => Set<CaseReport>();

    public DbSet<SupportCaseEvent> SupportCaseEvents => Set<SupportCaseEvent>();

    public DbSet<HearingSheetTemplate> HearingSheetTemplates => Set<HearingSheetTemplate>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Domain.Billing.Invoices.Invoice> Invoices => Set<Domain.Billing.Invoices.Invoice>();

    public DbSet<Domain.Billing.Invoices.InvoicePdf> InvoicePdfs => Set<Domain.Billing.Invoices.InvoicePdf>();

    public DbSet<Domain.Billing.Invoices.InvoiceNumberCounter> InvoiceNumberCounters => Set<Domain.Billing.Invoices.InvoiceNumberCounter>();

    public DbSet<Domain.Billing.Retail.RetailInvoicingProfile> RetailInvoicingProfiles => Set<Domain.Billing.Retail.RetailInvoicingProfile>();

    public DbSet<Domain.Billing.Runs.InvoicingRun> InvoicingRuns => Set<Domain.Billing.Runs.InvoicingRun>();
    public DbSet<Domain.Accounting.JournalMappingSetting> JournalMappingSettings => Set<Domain.Accounting.JournalMappingSetting>();
    public DbSet<Domain.Billing.Payments.Payment> Payments => Set<Domain.Billing.Payments.Payment>();

    public DbSet<Domain.Billing.Payments.PayerName> PayerNames => Set<Domain.Billing.Payments.PayerName>();

    public DbSet<Domain.Billing.Payments.BankCancellation> BankCancellations => Set<Domain.Billing.Payments.BankCancellation>();

    public DbSet<Domain.Billing.Payments.DunningNotice> DunningNotices => Set<Domain.Billing.Payments.DunningNotice>();

    /// <summary>Charges and credits decided by swaps, returns and outages, waiting for the invoicing run.</summary>
    public DbSet<Domain.Billing.Pending.PendingCharge> PendingCharges => Set<Domain.Billing.Pending.PendingCharge>();

    /// <summary>Appliance swaps after delivery (004 §7-1, 別紙4 §3).</summary>
    public DbSet<Domain.Hardware.Swaps.SwapCase> SwapCases => Set<Domain.Hardware.Swaps.SwapCase>();

    /// <summary>Evidence files of swap cases (photos, the customer's written report); bytes in the attachment store.</summary>
    public DbSet<Domain.Hardware.Swaps.SwapEvidence> SwapEvidence => Set<Domain.Hardware.Swaps.SwapEvidence>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Money is integer yen in every column (DOMAIN.md "Money").
        configurationBuilder.Properties<Yen>().HaveConversion<YenConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly, type => type.Namespace?.StartsWith("PartnerHub.Data.Configurations", StringComparison.Ordinal) == true);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(IPartnerOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned() && t.ClrType != typeof(KittingTask) && t.ClrType != typeof(Domain.Hardware.Returns.ReturnTask)
            && t.ClrType != typeof(Domain.Billing.Invoices.Invoice) && t.ClrType != typeof(Domain.Billing.Invoices.InvoicePdf)
            && t.ClrType != typeof(Domain.Billing.Payments.DunningNotice)))
        {
            typeof(HubDbContext).GetMethod(nameof(ApplyPartnerFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entityType.ClrType)
                .Invoke(this, [builder]);
        }

        builder.Entity<Organisation>().HasQueryFilter(o => SeesAllPartners || o.Id == TenantOrganisationId);

        // Hardware work is seen by the partner whose contract it serves and by the hardware vendor assigned to it.
        builder.Entity<KittingTask>().HasQueryFilter(t => SeesAllPartners || t.PartnerId == TenantPartnerId || t.HardwareVendorId == TenantOrganisationId);
        builder.Entity<Appliance>().HasQueryFilter(a => SeesAllPartners || (a.PartnerId != null && a.PartnerId == TenantPartnerId)
            || (a.HardwareVendorId != null && a.HardwareVendorId == TenantOrganisationId));
        builder.Entity<Domain.Hardware.Returns.ReturnTask>().HasQueryFilter(t => SeesAllPartners || t.PartnerId == TenantPartnerId
            || (t.HardwareVendorId != null && t.HardwareVendorId == TenantOrganisationId));
        builder.Entity<ApplianceEvent>().HasQueryFilter(e => SeesAllPartners || Set<Appliance>().Any(a => a.Id == e.ApplianceId));
        // Telemetry belongs to the partner the appliance served when it was observed; unallocated boxes are vendor-only.
        builder.Entity<SensorEvent>().HasQueryFilter(e => SeesAllPartners || (e.PartnerId != null && e.PartnerId == TenantPartnerId));
        builder.Entity<DeviceHealth>().HasQueryFilter(h => SeesAllPartners || (h.PartnerId != null && h.PartnerId == TenantPartnerId));
        builder.Entity<DeviceStateChange>().HasQueryFilter(c => SeesAllPartners || (c.PartnerId != null && c.PartnerId == TenantPartnerId));
        builder.Entity<AlertDailyCount>().HasQueryFilter(c => SeesAllPartners || (c.PartnerId != null && c.PartnerId == TenantPartnerId));
        builder.Entity<IngestedBatch>().HasQueryFilter(b => SeesAllPartners);
        // Mapping rules are vendor operations' configuration.
        builder.Entity<ThreatMappingRule>().HasQueryFilter(r => SeesAllPartners);
        // Guidance runs are the vendor's (002 §12-2); partners see only their own customers' letters (the IPartnerOwned filter).
        builder.Entity<GuidanceBatch>().HasQueryFilter(b => SeesAllPartners);
        // A partner reads the notices that concern its customers: those with its own board entry (the IPartnerOwned filter
        // keeps the entries, recipients and deliveries to its own).
        builder.Entity<Domain.ServiceNotices.ServiceNotice>().HasQueryFilter(n => SeesAllPartners
            || Set<Domain.ServiceNotices.ServiceNoticePartner>().Any(p => p.NoticeId == n.Id && p.PartnerId == TenantPartnerId));
        builder.Entity<OutboundEmail>().HasQueryFilter(e => SeesAllPartners || (e.PartnerId != null && e.PartnerId == TenantPartnerId));
        builder.Entity<ApplicationUser>().HasQueryFilter(u => SeesAllPartners || u.OrganisationId == TenantOrganisationId);
        builder.Entity<Domain.Billing.Invoices.InvoiceNumberCounter>().HasQueryFilter(c => SeesAllPartners || c.IssuerId == TenantOrganisationId);
        // Wholesale invoices (to a partner) are the vendor's and their recipient's; a partner's invoices to its customers (retail) are
        // the partner's business alone: the vendor's users and jobs never read them (Features/Billing/README.md, "Retail invoices").
        builder.Entity<Domain.Billing.Invoices.Invoice>().HasQueryFilter(i => SeesAllPartners
            ? i.RecipientKind == Domain.Billing.Invoices.InvoiceRecipientKind.Partner
            : i.PartnerId == TenantPartnerId);
        builder.Entity<Domain.Billing.Invoices.InvoicePdf>().HasQueryFilter(p => SeesAllPartners
            ? Set<Domain.Billing.Invoices.Invoice>().Any(i => i.Id == p.InvoiceId)
            : p.PartnerId == TenantPartnerId);
        // Invoicing runs are finance's (vendor) records; partners see their invoices, never the run.
        builder.Entity<Domain.Billing.Runs.InvoicingRun>().HasQueryFilter(r => SeesAllPartners);
        // A partner reads the payments booked to it and the receipts of its own customers (retail); unassigned bank records and
        // finance's payer name table are the vendor's. Customer receipts are the partner's business alone, like its retail invoices:
        // the vendor's users and jobs never read them.
        builder.Entity<Domain.Billing.Payments.Payment>().HasQueryFilter(p => SeesAllPartners
            ? p.PayeePartnerId == null
            : p.PayeePartnerId == null ? p.PartnerId != null && p.PartnerId == TenantPartnerId : p.PayeePartnerId == TenantPartnerId);
        // Reminders follow their invoice: a partner's reminders to its customers (about its retail invoices) are filtered out of every vendor
        // and system context, as those invoices are; a partner reads its own (the vendor's to it and its own to its customers).
        builder.Entity<Domain.Billing.Payments.DunningNotice>().HasQueryFilter(n => SeesAllPartners
            ? Set<Domain.Billing.Invoices.Invoice>().Any(i => i.Id == n.InvoiceId)
            : n.PartnerId == TenantPartnerId);
        builder.Entity<Domain.Billing.Payments.PayerName>().HasQueryFilter(n => SeesAllPartners);
        // Bank 取消 records the import could not match name no partner for sure: finance's work list only.
        builder.Entity<Domain.Billing.Payments.BankCancellation>().HasQueryFilter(c => SeesAllPartners);
        builder.Entity<AuditEntry>().HasQueryFilter(a => SeesAllPartners || (a.PartnerId != null && a.PartnerId == TenantPartnerId));
        // The vendor's chart of accounts: finance's setting, not a partner's business.
        builder.Entity<Domain.Accounting.JournalMappingSetting>().HasQueryFilter(s => SeesAllPartners);
    }

    private void ApplyPartnerFilter<TEntity>(ModelBuilder builder)
        where TEntity : class, IPartnerOwned
    {
        builder.Entity<TEntity>().HasQueryFilter(e => SeesAllPartners || e.PartnerId == TenantPartnerId);
    }

    // New history entries of a support case get their position in the case's list (see SupportCaseEventConfiguration).
    private void StampCaseEventSequence()
    {
        foreach (var entry in ChangeTracker.Entries<SupportCaseEvent>().Where(e => e.State == EntityState.Added))
        {
            var owner = ChangeTracker.Entries<SupportCase>().FirstOrDefault(c => c.Entity.Id == entry.Entity.CaseId)?.Entity;
            if (owner is not null)
            {
                entry.Property(Configurations.Escalations.SupportCaseEventConfiguration.SequenceProperty).CurrentValue = IndexOf(owner.Events, entry.Entity);
            }
        }

        static int IndexOf(IReadOnlyList<SupportCaseEvent> events, SupportCaseEvent item)
        {
            for (int i = 0; i < events.Count; i++)
            {
                if (ReferenceEquals(events[i], item))
                {
                    return i;
                }
            }

            return events.Count;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // A hardware vendor may update (never create or delete) the tasks and appliances assigned to it, and cannot
    // reassign them; partners only read them.
    private bool IsHardwareVendorsOwn(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        var property = entry.Property(nameof(KittingTask.HardwareVendorId));
        return entry.State == EntityState.Modified
            && Tenant.OrganisationKind == OrganisationKind.HardwareVendor
            && Equals(property.OriginalValue, TenantOrganisationId) && Equals(property.CurrentValue, TenantOrganisationId)
            && (entry.Entity is not Appliance || Equals(entry.Property(nameof(Appliance.PartnerId)).OriginalValue, entry.Property(nameof(Appliance.PartnerId)).CurrentValue));
    }

    private void PrepareSave()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.Entity is AuditEntry && entry.State != EntityState.Added)
            {
                throw new InvalidOperationException("The audit trail is append-only.");
            }

            if (entry.Entity is ApplianceEvent && !SeesAllPartners && Tenant.OrganisationKind != OrganisationKind.HardwareVendor)
            {
                throw new TenantAccessDeniedException("Only the vendor and the assigned hardware vendor record appliance history.");
            }

            // A partner's own action may queue a notice about its own record (an escalation tells the desk); nothing more.
            if (entry.Entity is OutboundEmail { PartnerId: { } emailPartner } && entry.State == EntityState.Added && emailPartner == TenantPartnerId && TenantPartnerId != Guid.Empty)
            {
                continue;
            }

            if (entry.Entity is SensorEvent or DeviceHealth or DeviceStateChange or AlertDailyCount or IngestedBatch or OutboundEmail && !SeesAllPartners)
            {
                throw new TenantAccessDeniedException($"{entry.Metadata.ClrType.Name} is written by the hub itself (telemetry ingest and notices).");
            }

            if (entry.Entity is GuidanceBatch or GuidanceLetter && !SeesAllPartners)
            {
                throw new TenantAccessDeniedException("Renewal guidance is written by the vendor (002 §12-2).");
            }

            // Notices are the vendor's; a partner changes only its own board entry, to acknowledge it.
            if (!SeesAllPartners && (entry.Entity is Domain.ServiceNotices.ServiceNotice or Domain.ServiceNotices.ServiceNoticeRecipient
                or Domain.ServiceNotices.ServiceNoticeDelivery || (entry.Entity is Domain.ServiceNotices.ServiceNoticePartner && entry.State != EntityState.Modified)))
            {
                throw new TenantAccessDeniedException("Service notices are published by the vendor; partners only acknowledge them.");
            }

            // A partner records its own customers' receipts (retail) and nothing else of the payments; the vendor never writes them.
            bool partnersOwnReceipt = false;
            if (entry.Entity is Domain.Billing.Payments.Payment)
            {
                var payee = entry.Property(nameof(Domain.Billing.Payments.Payment.PayeePartnerId));
                partnersOwnReceipt = !SeesAllPartners && TenantPartnerId != Guid.Empty && Equals(payee.CurrentValue, TenantPartnerId)
                    && (entry.State == EntityState.Added || Equals(payee.OriginalValue, TenantPartnerId));
                if (SeesAllPartners && (payee.CurrentValue is not null || payee.OriginalValue is not null))
                {
                    throw new TenantAccessDeniedException("A customer's receipt is recorded by the partner that received it.");
                }
            }

            if (!partnersOwnReceipt && entry.Entity is Domain.Billing.Payments.Payment or Domain.Billing.Payments.PayerName or Domain.Billing.Payments.DunningNotice
                or Domain.Billing.Payments.BankCancellation && !SeesAllPartners)
            {
                throw new TenantAccessDeniedException("Payments, payer names and reminders are recorded by the vendor's finance.");
            }

            // A partner writes only the documents it issues (retail) and its own number series; a wholesale invoice addressed to it is
            // the vendor's.
            if (!SeesAllPartners && ((entry.Entity is Domain.Billing.Invoices.Invoice invoice && invoice.IssuerId != TenantOrganisationId)
                || (entry.Entity is Domain.Billing.Invoices.InvoiceNumberCounter counter && counter.IssuerId != TenantOrganisationId)))
            {
                throw new TenantAccessDeniedException("A partner writes only the invoices it issues to its customers.");
            }

            if (entry.Entity is HearingSheetTemplate or HearingQuestion && !SeesAllPartners)
            {
                throw new TenantAccessDeniedException("Hearing sheet templates are published by the vendor.");
            }

            if (entry.Entity is Domain.Accounting.JournalMappingSetting && !SeesAllPartners)
            {
                throw new TenantAccessDeniedException("The journal mapping is the vendor's finance setting.");
            }

            if (entry.Entity is PriceListDocument or Domain.Calendars.CalendarAdjustment or Domain.Contracts.Terms.PlanPolicyVersion && !SeesAllPartners)
            {
                throw new TenantAccessDeniedException("The catalogue (price lists, calendars, plan policies) is maintained by the vendor.");
            }

            if (entry.Entity is HearingSheetTemplate && !SeesAllPartners)
            {
                throw new TenantAccessDeniedException("Only the vendor publishes hearing sheet templates.");
            }

            if (entry.Entity is KittingTask or Appliance && !SeesAllPartners)
            {
                if (!IsHardwareVendorsOwn(entry))
                {
                    throw new TenantAccessDeniedException($"{entry.Metadata.ClrType.Name} is not assigned to this organisation.");
                }
            }
            else if (entry.Entity is IPartnerOwned owned && !SeesAllPartners)
            {
                var originalPartner = entry.State == EntityState.Added ? owned.PartnerId : entry.Property(nameof(IPartnerOwned.PartnerId)).OriginalValue as Guid?;
                if (owned.PartnerId != TenantPartnerId || originalPartner != TenantPartnerId)
                {
                    throw new TenantAccessDeniedException($"{entry.Metadata.ClrType.Name} belongs to another partner.");
                }
            }

            if (entry.Entity is IVersioned versioned && entry.State is EntityState.Added or EntityState.Modified)
            {
                versioned.Version = Guid.NewGuid();
            }
        }

        StampCaseEventSequence();
        var audit = AuditTrail.Collect(ChangeTracker, Tenant, _timeProvider.GetUtcNow());
        AuditEntries.AddRange(audit);
    }
}

internal sealed class YenConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Yen, long>(yen => yen.Amount, amount => new Yen(amount));
