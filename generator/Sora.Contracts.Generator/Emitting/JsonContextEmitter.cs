using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits <c>SoraJsonContext</c>, a System.Text.Json serializer context over the generated converters. The STJ source
/// generator cannot see types another generator makes, so this one writes the context itself: no reflection, AOT and
/// trim safe.
/// </summary>
internal static class JsonContextEmitter
{
    public static string Emit(JsonContextUnit unit)
    {
        var ns = unit.Namespace;
        var meta = CSharp.Json + ".Serialization.Metadata";
        var w = new CodeWriter();
        CSharp.FileHeader(w, ns);
        w.Line("/// <summary>Source-generated JSON metadata for every type of the spec (AOT and trim safe).</summary>");
        w.Line(CSharp.GeneratedCode);
        w.Open($"public sealed partial class SoraJsonContext : {CSharp.Json}.Serialization.JsonSerializerContext, {meta}.IJsonTypeInfoResolver");
        w.Line("/// <summary>A context with default options.</summary>");
        w.Line($"public static global::{ns}.SoraJsonContext Default {{ get; }} = new global::{ns}.SoraJsonContext(new {CSharp.Json}.JsonSerializerOptions());");
        w.Line();
        w.Line("/// <summary>A context bound to a new, default set of options.</summary>");
        w.Line("public SoraJsonContext()");
        w.Line("    : base(null)");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>A context bound to <paramref name=\"options\"/>.</summary>");
        w.Line($"public SoraJsonContext({CSharp.Json}.JsonSerializerOptions options)");
        w.Line("    : base(options)");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"protected override {CSharp.Json}.JsonSerializerOptions? GeneratedSerializerOptions => null;");

        foreach (var name in unit.TypeNames)
        {
            var type = "global::" + ns + "." + name;
            w.Line();
            w.Line($"private {meta}.JsonTypeInfo<{type}>? _{name};");
            w.Line();
            w.Line($"/// <summary>Metadata for <see cref=\"{type}\"/>.</summary>");
            w.Line($"public {meta}.JsonTypeInfo<{type}> {name} => _{name} ??= ({meta}.JsonTypeInfo<{type}>)Options.GetTypeInfo(typeof({type}));");
        }

        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open($"public override {meta}.JsonTypeInfo? GetTypeInfo(global::System.Type type)");
        w.Line("Options.TryGetTypeInfo(type, out var typeInfo);");
        w.Line("return typeInfo;");
        w.Close();

        w.Line();
        w.Open($"{meta}.JsonTypeInfo? {meta}.IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, {CSharp.Json}.JsonSerializerOptions options)");
        foreach (var name in unit.TypeNames)
        {
            var type = "global::" + ns + "." + name;
            w.Open($"if (type == typeof({type}))");
            w.Line($"return {meta}.JsonMetadataServices.CreateValueInfo<{type}>(options, new {type}.Converter());");
            w.Close();
        }

        w.Line("return null;");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
