namespace Sora.Emulator.Faults;

/// <summary>A fault to inject into one request.</summary>
/// <param name="Kind">What goes wrong.</param>
/// <param name="OperationId">The spec operation it applies to (such as <c>SoraOperations.CreateVideo.OperationId</c>); null for any.</param>
public sealed record EmulatorFault(EmulatorFaultKind Kind, string? OperationId = null)
{
    /// <summary>The <c>Retry-After</c> of a <see cref="EmulatorFaultKind.RateLimit"/>.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The delay of a <see cref="EmulatorFaultKind.Slow"/> answer.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(30);
}
