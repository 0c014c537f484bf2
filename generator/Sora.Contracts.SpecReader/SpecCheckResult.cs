using System.Collections.Generic;

namespace Sora.Contracts.SpecReader;

/// <summary>What <see cref="SpecCheck.Run"/> found in a spec: its problems and how much of it was read.</summary>
public sealed class SpecCheckResult
{
    internal SpecCheckResult(IReadOnlyList<SpecProblem> problems, int schemas, int operations, int providers)
    {
        Problems = problems;
        Schemas = schemas;
        Operations = operations;
        Providers = providers;
    }

    /// <summary>Every problem found; empty when the spec generates as written.</summary>
    public IReadOnlyList<SpecProblem> Problems { get; }

    /// <summary>The schemas that would be generated (enums, objects and unions).</summary>
    public int Schemas { get; }

    /// <summary>The operations read from <c>paths</c>.</summary>
    public int Operations { get; }

    /// <summary>The provider profiles read from <c>x-sora-providers</c>.</summary>
    public int Providers { get; }
}
