namespace PartnerHub.BridgeIntegration.Tests.Support;

/// <summary>Polls a condition with a generous deadline: the tests assert outcomes, never how fast they arrive.</summary>
public static class Wait
{
    public static Task UntilAsync(Func<bool> condition, string what, int timeoutSeconds = 60) =>
        UntilAsync(() => Task.FromResult(condition()), what, timeoutSeconds);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int timeoutSeconds = 60)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"timed out after {timeoutSeconds} s waiting for: {what}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
