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
        services.AddScoped<PriceListQueries>();
        services.AddScoped<SavePriceList>();
        services.AddScoped<CalendarQueries>();
        services.AddScoped<AdjustCalendar>();
        services.AddScoped<PlanQueries>();
        return services;
    }
}
