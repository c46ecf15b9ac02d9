using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Features.Catalogue.Plans;
using PartnerHub.Features.Catalogue.PriceLists;

namespace PartnerHub.Features.Catalogue;

public static class CatalogueFeature
{
    public static IServiceCollection AddCatalogueFeature(this IServiceCollection services)
    {
        services.AddSingleton<BusinessCalendarDirectory>();
        // Other features count business days through the Domain abstraction, never through the catalogue's classes.
        services.AddSingleton<Domain.Calendars.IBusinessCalendarSource>(provider => provider.GetRequiredService<BusinessCalendarDirectory>());
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoCalendarAdjustments>();
        services.AddSingleton<PlanPolicyDirectory>();
        // New contracts and reminders take the plans' policies through the Domain abstraction.
        services.AddSingleton<Domain.Contracts.Terms.IPlanPolicySource>(provider => provider.GetRequiredService<PlanPolicyDirectory>());
        services.AddSingleton<Data.IDataRepair, BuiltInPlanPolicies>();
        services.AddScoped<PriceListQueries>();
        services.AddScoped<SavePriceList>();
        services.AddScoped<CalendarQueries>();
        services.AddScoped<AdjustCalendar>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<PlanPolicyVersionQueries>();
        services.AddScoped<ManagePlanPolicies>();
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoPlanPolicyVersions>();
        return services;
    }
}
