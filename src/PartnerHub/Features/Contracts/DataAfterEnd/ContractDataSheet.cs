using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Features.Documents.CustomerData;
using PartnerHub.Features.Documents.Excel;

namespace PartnerHub.Features.Contracts.DataAfterEnd;

/// <summary>The customer's contracts, for the customer data export.</summary>
public sealed class ContractDataSheet(IStringLocalizer<CustomerDataStrings> strings, IStringLocalizer<ContractStrings> contractStrings,
    IBusinessCalendarSource calendarSource) : ICustomerDataExporter
{
    public async Task AddToAsync(HubDbContext db, Guid customerId, CustomerDataPackage package, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(package);
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.CustomerId == customerId).OrderBy(c => c.OrderedOn).ToListAsync(cancellationToken);
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        package.AddSheet(new ExcelExport<ServiceContract>()
            .Text(strings["ContractNumber"], c => c.Number, width: 20)
            .Text(strings["Plan"], c => c.PlanCode, width: 10)
            .Number(strings["Units"], c => c.Units)
            .Yen(strings["AnnualFee"], c => c.AnnualFee, width: 16)
            .Text(strings["Status"], c => contractStrings["Status_" + c.Status], width: 14)
            .Date(strings["OrderedOn"], c => c.OrderedOn)
            .Date(strings["DeliveredOn"], c => c.DeliveryCompletedOn)
            .Date(strings["ServiceStart"], c => c.Timeline(calendars)?.ServiceStart)
            .Date(strings["ServiceEnded"], c => c.ServiceEndedOn)
            .ToSheet(strings["Sheet_Contracts"], contracts));
    }
}
