using ApplianceBridge.Forwarding;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ApplianceBridge.Tests.Forwarding;

public sealed class CircuitBreakerTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly CircuitBreaker _breaker;

    public CircuitBreakerTests()
    {
        _breaker = new CircuitBreaker(Options.Create(new BridgeOptions { CircuitFailureThreshold = 3, CircuitOpenSeconds = 30 }), _time);
    }

    [Fact]
    public void RecordFailure_BelowThreshold_StaysClosed()
    {
        _breaker.RecordFailure();
        _breaker.RecordFailure();

        _breaker.State.ShouldBe(CircuitState.Closed);
        _breaker.AllowRequest().ShouldBeTrue();
    }

    [Fact]
    public void RecordFailure_AtThreshold_OpensAndBlocksUntilOpenPeriodEnds()
    {
        for (int i = 0; i < 3; i++)
        {
            _breaker.RecordFailure();
        }

        _breaker.AllowRequest().ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(29));
        _breaker.AllowRequest().ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(1));
        _breaker.AllowRequest().ShouldBeTrue();
        _breaker.State.ShouldBe(CircuitState.HalfOpen);
    }

    [Fact]
    public void HalfOpenProbe_Fails_OpensAgain()
    {
        for (int i = 0; i < 3; i++)
        {
            _breaker.RecordFailure();
        }

        _time.Advance(TimeSpan.FromSeconds(30));
        _breaker.AllowRequest().ShouldBeTrue();

        _breaker.RecordFailure();

        _breaker.State.ShouldBe(CircuitState.Open);
        _breaker.AllowRequest().ShouldBeFalse();
    }

    [Fact]
    public void HalfOpenProbe_Succeeds_Closes()
    {
        for (int i = 0; i < 3; i++)
        {
            _breaker.RecordFailure();
        }

        _time.Advance(TimeSpan.FromSeconds(30));
        _breaker.AllowRequest().ShouldBeTrue();

        _breaker.RecordSuccess();

        _breaker.State.ShouldBe(CircuitState.Closed);
        _breaker.ConsecutiveFailures.ShouldBe(0);
    }

    [Theory]
    [InlineData(1, 250, 500)]
    [InlineData(2, 500, 1000)]
    [InlineData(4, 2000, 4000)]
    [InlineData(20, 30_000, 60_000)]
    public void BackoffDelay_Attempt_WithinJitterBounds(int attempt, double minMs, double maxMs)
    {
        var random = new Random(attempt);
        for (int i = 0; i < 50; i++)
        {
            double delay = Backoff.Delay(attempt, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(1), random).TotalMilliseconds;

            delay.ShouldBeInRange(minMs, maxMs);
        }
    }
}
