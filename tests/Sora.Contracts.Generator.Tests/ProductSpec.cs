namespace Sora.Contracts.Generator.Tests;

/// <summary>spec/sora.openapi.yaml through the generator, once per namespace the tests need.</summary>
internal static class ProductSpec
{
    private static readonly Lazy<GeneratorRun> LazyProduct = new(() => RunInto(TestSpecs.ProductNamespace));

    /// <summary>The product's own generation: RootNamespace <c>Sora.Contracts</c>, as src/Sora.Contracts builds it.</summary>
    public static GeneratorRun Product => LazyProduct.Value;

    public static SpecFile File(string? @namespace = null) => new(TestSpecs.RepoSpecVirtualPath, TestSpecs.RepoSpec, @namespace);

    public static GeneratorRun RunInto(string rootNamespace) => GeneratorHarness.Run(new[] { File() }, rootNamespace);
}
