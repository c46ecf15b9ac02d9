using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Guidance;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.RenewalGuidance;

/// <summary>
/// A 002 contract for a Hokuriku chamber member (UTM monitoring, ¥79,200 a year), in service and renewing on the coming
/// April 1, and one completed guidance run for that year with its letter, so the guidance page and the letter download
/// have a record in every demo. The letter is recorded as sent without a stored PDF (seeding starts no browser); the
/// download prints it from its facts. Runs after <see cref="DemoOrders"/>, whose contract numbers it continues.
/// </summary>
public sealed class DemoRenewalGuidance(HubDbContextOptions contextOptions, TimeProvider clock) : IDemoDataContributor
{
    private const string Staff = "staff@hokuriku.example";
    private const string Operations = "ops@vendor.example";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var partnerId = DemoOrganisations.HokurikuPartner;
        var withContracts = await db.Contracts.Where(c => c.PartnerId == partnerId).Select(c => c.CustomerId).ToListAsync(cancellationToken);
        var customer = (await db.Customers.AsNoTracking()
                .Where(c => c.PartnerId == partnerId && c.Segment == CustomerSegment.ChamberMember && c.NotificationLanguage == HubCultures.Japanese)
                .OrderBy(c => c.NameKana).ToListAsync(cancellationToken))
            .FirstOrDefault(c => !withContracts.Contains(c.Id) && !string.IsNullOrWhiteSpace(c.NotificationEmails));
        if (customer is null)
        {
            return;
        }

        // Ordered about three months ago: the 002 service started on the 5th business day of a following month (002 §4-2),
        // the UTM arrived in the free period and data collection was confirmed two business days later.
        var calendar = BusinessCalendars.ChamberUtm;
        var orderedOn = calendar.AddBusinessDays(today, -60);
        var start = ContractTimeline.StartFor(ServicePlanPolicy.ChamberUtm002, orderedOn);
        var deliveredOn = start > today ? today : start;
        var numbers = new DemoNumbers("C", await db.Contracts.Select(c => c.Number).ToListAsync(cancellationToken));
        var contract = new ServiceContract(Guid.NewGuid(), numbers.Next(orderedOn), partnerId, customer.Id, ServicePlan.ChamberUtm.Code, 1,
            new Domain.Money.Yen(79_200), null, orderedOn, At(orderedOn, 11), Staff, new Domain.Money.Yen(63_360));
        Must(contract.StartKitting(At(orderedOn.AddDays(1), 10), Operations));
        Must(contract.Ship(At(deliveredOn.AddDays(-1), 15), Operations, "ヤマト運輸 4670-0000-0000"));
        Must(contract.CompleteDelivery(deliveredOn, At(deliveredOn, 16), Staff));
        Must(contract.StartService(At(calendar.AddBusinessDays(deliveredOn, 2), 11), Operations, "データ収集を確認"));
        contract.RollForward(today, now, "renewal-run");
        db.Contracts.Add(contract);

        int fiscalYear = GuidanceYear.Coming(today);
        if (RunRenewalGuidance.FactsFor(contract, GuidanceYear.TermEnd(fiscalYear), BusinessCalendarSet.SeedsOnly) is { } facts)
        {
            var batch = new GuidanceBatch(Guid.NewGuid(), fiscalYear, now, Operations);
            batch.Count(1, 1, 0, 0);
            batch.Finish(now);
            var partner = await db.Organisations.Where(o => o.Id == partnerId).Select(o => o.Name).SingleAsync(cancellationToken);
            var letter = new GuidanceLetter(Guid.NewGuid(), batch.Id, contract.Id, contract.Number, partnerId, partner, customer.Id, customer.Name,
                fiscalYear, facts, today, japaneseEra: true, now);
            letter.RecordEarlierSend(HubCultures.Japanese, GuidanceRecipientKind.Customer, customer.NotificationEmails!, now);
            db.GuidanceBatches.Add(batch);
            db.GuidanceLetters.Add(letter);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(9));

    // The demo is built from the domain's own steps; a refused step is a bug in this seed.
    private static void Must(ContractRefusal? refusal)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException("A demo renewal-guidance step was refused by the domain rules: " + refusal);
        }
    }
}
