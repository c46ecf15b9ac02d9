using ApplianceBridge;
using ApplianceBridge.Simulation;

// "simulate …" drives simulated appliances against a running bridge instead of starting one.
if (args.Length > 0 && string.Equals(args[0], "simulate", StringComparison.Ordinal))
{
    return await ApplianceSimulator.RunAsync(args[1..]);
}

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddApplianceBridge();
WebApplication app = builder.Build();
app.MapApplianceBridge();
await app.RunAsync();
return 0;
