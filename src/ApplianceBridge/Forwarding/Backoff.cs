namespace ApplianceBridge.Forwarding;

// Exponential backoff with "equal jitter": half the exponential delay is fixed, half random, so a fleet of bridges
// that lost the hub together does not retry in lockstep, yet no retry comes sooner than half the nominal delay.
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan initial, TimeSpan max, Random random)
    {
        double exponential = initial.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        double capped = Math.Min(exponential, max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (random.NextDouble() * capped / 2));
    }
}
