using Microsoft.Extensions.Configuration;
using PartnerHub.Features.Billing.Payments;

namespace PartnerHub.Tests.Features.Billing.Payments;

public class PaymentsOptionsTests
{
    [Fact]
    public void Bind_ConfiguredStages_ReplaceTheDefaultStages()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Billing:Payments:DunningStageDays:0"] = "3",
            ["Billing:Payments:DunningStageDays:1"] = "10",
        }).Build();

        var options = configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>()!;

        options.Stages.ShouldBe([3, 10]);
    }

    [Fact]
    public void Dunning_NoStagesConfigured_UsesOneFourteenAndThirtyDays()
    {
        new PaymentsOptions().Stages.ShouldBe([1, 14, 30]);
    }
}
