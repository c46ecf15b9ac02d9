namespace PartnerHub.Features.Quotes;

public static class QuotesFeature
{
    public static IServiceCollection AddQuotesFeature(this IServiceCollection services)
    {
        services.AddScoped<QuoteCalculator>();
        services.AddScoped<IssueQuote>();
        services.AddScoped<QuoteQueries>();
        services.AddScoped<QuotePdf>();
        return services;
    }
}
