namespace Sora.Client.Tests.Telemetry;

/// <summary>
/// Listeners are process-wide: a test that subscribes would see every other test's client, and a test that asserts
/// nobody listens would see this one's. The telemetry tests therefore run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
