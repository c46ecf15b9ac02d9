using ApplianceBridge;
using ApplianceBridge.Shipping;
using ApplianceBridge.Simulation;

// "simulate …" drives simulated appliances against a running bridge instead of starting one.
if (args.Length > 0 && string.Equals(args[0], "simulate", StringComparison.Ordinal))
{
    return await ApplianceSimulator.RunAsync(args[1..]);
}

// "ship …" tails a Suricata eve.json on the sensor and sends it to a bridge (README: connecting a sensor).
if (args.Length > 0 && string.Equals(args[0], "ship", StringComparison.Ordinal))
{
    return await ShipCommand.RunAsync(args[1..]);
}

// Settings next to the program, wherever it is started from (the README's walk-through starts it from the repository root).
WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddApplianceBridge();
WebApplication app = builder.Build();
app.MapApplianceBridge();
await app.RunAsync();
return 0;
