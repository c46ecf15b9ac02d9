namespace PartnerHub.Features.Identity.FirstRun;

/// <summary>
/// <c>PartnerHub setup --organisation 株式会社… --kana … --email admin@… --name "…"</c>: the first run of a production hub
/// (see docs/operations.md). Prints the one-time password once; the exit code says whether it worked.
/// </summary>
public static class FirstRunCommand
{
    public const string Verb = "setup";

    public static bool IsRequested(string[] args) => args is [Verb, ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = Options(args.Skip(1).ToArray());
        var input = new FirstRunInput(options.GetValueOrDefault("--organisation", ""), options.GetValueOrDefault("--kana", ""),
            options.GetValueOrDefault("--email", ""), options.GetValueOrDefault("--name", ""));
        var (account, problems) = await services.GetRequiredService<FirstRunSetup>().RunAsync(input);
        if (account is null)
        {
            await output.WriteLineAsync("First run refused:");
            foreach (var problem in problems)
            {
                await output.WriteLineAsync(" - " + problem);
            }

            return 1;
        }

        await output.WriteLineAsync($"Vendor organisation '{input.OrganisationName}' and its administrator {account.Email} were created.");
        await output.WriteLineAsync($"One-time password (shown once): {account.InitialPassword}");
        await output.WriteLineAsync("Sign in at /Account/Login, enrol an authenticator app when asked, then change the password under Account.");
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }
}
