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
        var context = CSharp.SpecType("SoraJsonContext");
        var w = new CodeWriter();
        CSharp.FileHeader(w, ns);
        w.Line("/// <summary>Source-generated JSON metadata for every type of the spec (AOT and trim safe).</summary>");
        w.Line(CSharp.GeneratedCode);
        w.Open($"public sealed partial class SoraJsonContext : {CSharp.Json}.Serialization.JsonSerializerContext, {meta}.IJsonTypeInfoResolver");
        w.Line("/// <summary>A context with default options.</summary>");
        w.Line($"public static {context} Default {{ get; }} = new {context}(new {CSharp.Json}.JsonSerializerOptions());");
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

        // Each cache field is _typeInfo and the type's name: an underscore and a lower-case letter, never one of the file's aliases.
        foreach (var name in unit.TypeNames)
        {
            var type = CSharp.SpecType(name);
            w.Line();
            w.Line($"private {meta}.JsonTypeInfo<{type}>? _typeInfo{name};");
            w.Line();
            w.Line($"/// <summary>Metadata for <see cref=\"{type}\"/>.</summary>");
            w.Line($"public {meta}.JsonTypeInfo<{type}> {name} => {CSharp.SoraJson}.TypeInfo(ref _typeInfo{name}, Options);");
        }

        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open($"public override {meta}.JsonTypeInfo? GetTypeInfo({CSharp.Sys}.Type type)");
        w.Line("Options.TryGetTypeInfo(type, out var typeInfo);");
        w.Line("return typeInfo;");
        w.Close();

        w.Line();
        w.Open($"{meta}.JsonTypeInfo? {meta}.IJsonTypeInfoResolver.GetTypeInfo({CSharp.Sys}.Type type, {CSharp.Json}.JsonSerializerOptions options)");
        foreach (var name in unit.TypeNames)
        {
            var type = CSharp.SpecType(name);
            w.Line($"if (type == typeof({type})) return {CSharp.SoraJson}.TypeInfo(options, new {type}.Converter());");
        }

        w.Line("return null;");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
