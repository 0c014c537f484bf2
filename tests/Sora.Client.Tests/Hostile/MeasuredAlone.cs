namespace Sora.Client.Tests.Hostile;

/// <summary>Tests that measure the process's managed memory: xUnit runs them on their own, after the parallel ones.</summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;
