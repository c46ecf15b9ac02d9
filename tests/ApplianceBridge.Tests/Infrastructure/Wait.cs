namespace ApplianceBridge.Tests.Infrastructure;

// Polls a condition with a generous deadline: tests assert outcomes, never how fast they arrive.
public static class Wait
{
    public static Task UntilAsync(Func<bool> condition, string what, int timeoutSeconds = 30) =>
        UntilAsync(() => Task.FromResult(condition()), what, timeoutSeconds);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int timeoutSeconds = 30)
    {
        DateTimeOffset deadline = TimeProvider.System.GetUtcNow().AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"timed out after {timeoutSeconds} s waiting for: {what}");
            }

            await Task.Delay(25);
        }
    }
}
