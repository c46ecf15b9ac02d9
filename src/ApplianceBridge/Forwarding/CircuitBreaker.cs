using Microsoft.Extensions.Options;

namespace ApplianceBridge.Forwarding;

internal enum CircuitState
{
    Closed,
    Open,
    HalfOpen,
}

// Stops hammering a hub that is down: after N consecutive failures the circuit opens for a while, then lets one
// probe through (half-open); its success closes the circuit, its failure opens it again.
internal sealed class CircuitBreaker
{
    private readonly Lock _lock = new();
    private readonly int _threshold;
    private readonly TimeSpan _openFor;
    private readonly TimeProvider _time;
    private int _consecutiveFailures;
    private DateTimeOffset _openUntil;
    private CircuitState _state = CircuitState.Closed;

    public CircuitBreaker(IOptions<BridgeOptions> options, TimeProvider time)
    {
        _threshold = options.Value.CircuitFailureThreshold;
        _openFor = TimeSpan.FromSeconds(options.Value.CircuitOpenSeconds);
        _time = time;
    }

    public CircuitState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    public int ConsecutiveFailures
    {
        get
        {
            lock (_lock)
            {
                return _consecutiveFailures;
            }
        }
    }

    public long TimesOpened { get; private set; }

    // Whether a request may go out now; moves an expired open circuit to half-open (one probe).
    public bool AllowRequest()
    {
        lock (_lock)
        {
            if (_state == CircuitState.Open && _time.GetUtcNow() >= _openUntil)
            {
                _state = CircuitState.HalfOpen;
            }

            return _state != CircuitState.Open;
        }
    }

    public TimeSpan RemainingOpen()
    {
        lock (_lock)
        {
            return _state == CircuitState.Open ? _openUntil - _time.GetUtcNow() : TimeSpan.Zero;
        }
    }

    public void RecordSuccess()
    {
        lock (_lock)
        {
            _consecutiveFailures = 0;
            _state = CircuitState.Closed;
        }
    }

    public void RecordFailure()
    {
        lock (_lock)
        {
            _consecutiveFailures++;
            if (_state == CircuitState.HalfOpen || _consecutiveFailures >= _threshold)
            {
                if (_state != CircuitState.Open)
                {
                    TimesOpened++;
                }

                _state = CircuitState.Open;
                _openUntil = _time.GetUtcNow() + _openFor;
            }
        }
    }
}
