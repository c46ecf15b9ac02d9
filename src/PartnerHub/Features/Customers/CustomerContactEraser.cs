using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Retention;

namespace PartnerHub.Features.Customers;

/// <summary>Erases the customer's personal contact details once its data is due for deletion (see <see cref="Domain.Customers.Customer.EraseContactDetails"/>).</summary>
public sealed class CustomerContactEraser : IEndedServiceDataEraser
{
    public async Task EraseCustomerDataAsync(HubDbContext db, Guid customerId, ErasureWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        var customer = await db.Customers.Include(c => c.ContactHistory).SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is not null)
        {
            work.Count("contact registrations", customer.EraseContactDetails());
        }
    }
}
