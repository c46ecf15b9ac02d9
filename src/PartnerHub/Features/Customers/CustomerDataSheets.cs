using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;
using PartnerHub.Features.Documents.CustomerData;
using PartnerHub.Features.Documents.Excel;

namespace PartnerHub.Features.Customers;

/// <summary>The customer record and its contact history, for the customer data export.</summary>
public sealed class CustomerDataSheets(IStringLocalizer<CustomerDataStrings> strings) : ICustomerDataExporter
{
    public async Task AddToAsync(HubDbContext db, Guid customerId, CustomerDataPackage package, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(package);
        var customer = await db.Customers.AsNoTracking().Include(c => c.ContactHistory).SingleAsync(c => c.Id == customerId, cancellationToken);
        package.AddSheet(new ExcelExport<Customer>()
            .Text(strings["Name"], c => c.Name, width: 30)
            .Text(strings["NameKana"], c => c.NameKana, width: 30)
            .Text(strings["CorporateNumber"], c => c.CorporateNumber, width: 16)
            .Text(strings["PostalCode"], c => c.PostalCode, width: 10)
            .Text(strings["Prefecture"], c => c.Prefecture, width: 10)
            .Text(strings["Address"], c => c.Address, width: 36)
            .Text(strings["Phone"], c => c.Phone, width: 15)
            .Text(strings["NotificationEmails"], c => c.NotificationEmails, width: 30)
            .ToSheet(strings["Sheet_Customer"], [customer]));
        package.AddSheet(new ExcelExport<ServiceContactRecord>()
            .Text(strings["ContactName"], r => r.Contact.Name, width: 20)
            .Text(strings["ContactKana"], r => r.Contact.NameKana, width: 20)
            .Text(strings["Email"], r => r.Contact.Email, width: 30)
            .Text(strings["Phone"], r => r.Contact.Phone, width: 15)
            .Text(strings["Department"], r => r.Contact.Department, width: 20)
            .DateTime(strings["From"], r => r.RegisteredFrom)
            .DateTime(strings["To"], r => r.ReplacedAt)
            .ToSheet(strings["Sheet_Contacts"], customer.ContactHistory.OrderBy(r => r.RegisteredFrom).ToList()));
    }
}
