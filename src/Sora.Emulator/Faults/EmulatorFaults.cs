namespace Sora.Emulator.Faults;

/// <summary>
/// The faults an emulator injects: queued one-shot faults first, then (when enabled) a seeded random mix. Thread-safe.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly object _gate = new();
    private readonly List<EmulatorFault> _queued = new();
    private readonly Dictionary<EmulatorFaultKind, int> _injected = new();
    private Random? _random;
    private double _probability;
    private EmulatorFault[] _mix = Array.Empty<EmulatorFault>();

    internal EmulatorFaults()
    {
    }

    /// <summary>Injects <paramref name="fault"/> into the next request it applies to.</summary>
    public void Enqueue(EmulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _queued.Add(fault);
        }
    }

    /// <summary>
    /// From now on, each request gets a fault with <paramref name="probability"/>, drawn evenly from the faults of
    /// <paramref name="mix"/> that apply to its operation; <paramref name="seed"/> makes the draw repeatable.
    /// </summary>
    public void InjectRandomly(double probability, int seed, params EmulatorFault[] mix)
    {
        ArgumentNullException.ThrowIfNull(mix);
        if (probability is < 0 or > 1 || double.IsNaN(probability))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must be between 0 and 1.");
        }

        if (mix.Length == 0 || mix.Any(f => f is null))
        {
            throw new ArgumentException("Give at least one fault, and no null ones.", nameof(mix));
        }

        lock (_gate)
        {
            _random = new Random(seed);
            _probability = probability;
            _mix = mix.ToArray();
        }
    }

    /// <summary>Stops random injection and drops queued faults.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _random = null;
            _queued.Clear();
        }
    }

    /// <summary>How many faults of each kind were injected so far.</summary>
    public IReadOnlyDictionary<EmulatorFaultKind, int> Injected
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<EmulatorFaultKind, int>(_injected);
            }
        }
    }

    internal EmulatorFault? Next(string? operationId)
    {
        lock (_gate)
        {
            var index = _queued.FindIndex(f => Applies(f, operationId));
            EmulatorFault? fault = null;
            if (index >= 0)
            {
                fault = _queued[index];
                _queued.RemoveAt(index);
            }
            else if (_random is not null && _random.NextDouble() < _probability)
            {
                var candidates = _mix.Where(f => Applies(f, operationId)).ToArray();
                fault = candidates.Length == 0 ? null : candidates[_random.Next(candidates.Length)];
            }

            if (fault is not null)
            {
                _injected[fault.Kind] = _injected.TryGetValue(fault.Kind, out var count) ? count + 1 : 1;
            }

            return fault;
        }
    }

    private static bool Applies(EmulatorFault fault, string? operationId) =>
        fault.OperationId is null || string.Equals(fault.OperationId, operationId, StringComparison.Ordinal);
}
