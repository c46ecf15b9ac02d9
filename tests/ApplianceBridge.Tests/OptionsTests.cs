using ApplianceBridge.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ApplianceBridge.Tests;

public sealed class OptionsTests : BridgeTestBase
{
    [Fact]
    public void Start_WithoutHubApiKey_FailsNamingTheSetting()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:HubApiKey"] = "" });

        OptionsValidationException error = Should.Throw<OptionsValidationException>(() => bridge.CreateClient());

        error.Message.ShouldContain("HubApiKey");
    }

    [Fact]
    public void Start_ApplianceWithShortSecret_FailsNamingTheAppliance()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:Appliances:1:Secret"] = "short" });

        OptionsValidationException error = Should.Throw<OptionsValidationException>(() => bridge.CreateClient());

        error.Message.ShouldContain("Appliance 'SN-TEST-0002' needs a serial and a secret of at least 16 characters");
    }

    [Fact]
    public async Task Start_AppliancesFromFile_Accepted()
    {
        string file = Path.Combine(SpoolDirectory, "appliances.txt");
        await File.WriteAllTextAsync(file, "# fleet\nSN-FILE-1 file-secret-0123456789\n", TestContext.Current.CancellationToken);
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:AppliancesFile"] = file });

        var answer = await new Appliance(bridge.CreateClient(), "SN-FILE-1", "file-secret-0123456789").PostAcceptedAsync(Eve.Alerts(1, 1));

        answer.Accepted.ShouldBe(1);
    }
}
