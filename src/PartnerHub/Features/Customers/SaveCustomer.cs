using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Infrastructure.Validation;

namespace PartnerHub.Features.Customers;

/// <summary>
/// Registers or updates a customer and its service contact. Partner staff work on their own partner's customers
/// (the tenant scope enforces it); the vendor administrator may create a customer for any active partner.
/// Invalid input or a stale version changes nothing.
/// </summary>
public sealed class SaveCustomer(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider timeProvider)
{
    public async Task<SaveCustomerResult> ExecuteAsync(CustomerInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!CustomersPermissions.CanEdit(currentUser))
        {
            return SaveCustomerResult.Fail(SaveCustomerStatus.NotAllowed);
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return new SaveCustomerResult(SaveCustomerStatus.Invalid, null, errors);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        Customer customer;
        if (input.Id is { } id)
        {
            var existing = await db.Customers.Include(c => c.ContactHistory).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (existing is null)
            {
                return SaveCustomerResult.Fail(SaveCustomerStatus.NotFound);
            }

            db.Entry(existing).Property(c => c.Version).OriginalValue = input.Version;
            customer = existing;
            customer.Name = input.Name.Trim();
            customer.NameKana = input.NameKana.Trim();
            customer.ReplaceServiceContact(input.ToServiceContact(), now);
        }
        else
        {
            var partnerId = await ResolvePartnerAsync(db, input, cancellationToken);
            if (partnerId is null)
            {
                return new SaveCustomerResult(SaveCustomerStatus.Invalid, null, new Dictionary<string, string> { [nameof(CustomerInput.PartnerId)] = "Required" });
            }

            customer = new Customer(Guid.NewGuid(), partnerId.Value, input.Name.Trim(), input.NameKana.Trim(), input.ToServiceContact(), now);
            db.Customers.Add(customer);
        }

        customer.CorporateNumber = FieldRules.NormalizeCorporateNumber(input.CorporateNumber);
        customer.PostalCode = FieldRules.NormalizePostalCode(input.PostalCode);
        customer.Prefecture = Normalize(input.Prefecture);
        customer.Address = Normalize(input.Address);
        customer.Phone = FieldRules.NormalizePhone(input.Phone);
        customer.Industry = Normalize(input.Industry);
        customer.Segment = input.Segment;
        customer.NotificationEmails = FieldRules.NormalizeEmailList(input.NotificationEmails);
        customer.NotificationLanguage = input.NotificationLanguage;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveCustomerResult.Fail(SaveCustomerStatus.Conflict);
        }

        return new SaveCustomerResult(SaveCustomerStatus.Saved, customer.Id, new Dictionary<string, string>());
    }

    private static async Task<Guid?> ResolvePartnerAsync(HubDbContext db, CustomerInput input, CancellationToken cancellationToken)
    {
        if (!db.Tenant.SeesAllPartners)
        {
            return db.Tenant.PartnerId;
        }

        if (input.PartnerId is not { } chosen)
        {
            return null;
        }

        bool active = await db.Organisations.AnyAsync(o => o.Id == chosen && o.Kind == OrganisationKind.SalesPartner && o.IsActive, cancellationToken);
        return active ? chosen : null;
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public enum SaveCustomerStatus
{
    Saved,
    Invalid,
    NotFound,
    NotAllowed,
    Conflict,
}

public sealed record SaveCustomerResult(SaveCustomerStatus Status, Guid? Id, IReadOnlyDictionary<string, string> Errors)
{
    public static SaveCustomerResult Fail(SaveCustomerStatus status) => new(status, null, new Dictionary<string, string>());
}
