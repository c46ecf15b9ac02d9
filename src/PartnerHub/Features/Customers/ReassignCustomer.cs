using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Customers;

/// <summary>Moves a customer, with its contact history, to another sales partner (vendor administrators only).</summary>
public sealed class ReassignCustomer(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser)
{
    public async Task<ReassignResult> ExecuteAsync(Guid customerId, Guid newPartnerId, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInRole(HubRoles.VendorAdmin))
        {
            return ReassignResult.NotAllowed;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.Include(c => c.ContactHistory).SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return ReassignResult.NotFound;
        }

        var partner = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == newPartnerId, cancellationToken);
        if (partner is not { Kind: OrganisationKind.SalesPartner, IsActive: true })
        {
            return ReassignResult.InvalidPartner;
        }

        if (customer.PartnerId == newPartnerId)
        {
            return ReassignResult.Done;
        }

        // Quotes and contracts were made by the current partner; moving them is a separate vendor process.
        if (await db.Quotes.AnyAsync(q => q.CustomerId == customerId, cancellationToken)
            || await db.Contracts.AnyAsync(c => c.CustomerId == customerId, cancellationToken))
        {
            return ReassignResult.HasBusiness;
        }

        db.Entry(customer).Property(c => c.Version).OriginalValue = expectedVersion;
        customer.AssignToPartner(newPartnerId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReassignResult.Conflict;
        }

        return ReassignResult.Done;
    }
}

public enum ReassignResult
{
    Done,
    NotFound,
    NotAllowed,
    InvalidPartner,
    Conflict,
    HasBusiness,
}
