using System.Linq;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits <c>new T.Builder(required...)</c> with a <c>With</c> method per optional property; <c>Build()</c> throws
/// listing every violation, <c>TryBuild</c> returns them.
/// </summary>
internal static class BuilderEmitter
{
    public static void Emit(CodeWriter w, ObjectUnit unit)
    {
        var model = unit.Model;
        var ns = unit.Namespace;
        var full = "global::" + ns + "." + model.Name;
        var provider = "global::" + ns + ".SoraProvider";
        var result = CSharp.Runtime + ".Validation.SoraValidationResult";
        var required = model.Properties.Where(CSharp.IsConstructorParameter).ToList();
        var optional = model.Properties.Where(p => !CSharp.IsConstructorParameter(p) && !CSharp.IsConstant(p)).ToList();

        w.Line();
        w.Line($"/// <summary>Builds a validated <see cref=\"{model.Name}\"/>.</summary>");
        w.Open("public sealed class Builder");
        foreach (var p in required.Concat(optional))
        {
            w.Line($"private {CSharp.TypeName(ns, p.Type)}{(CSharp.IsConstructorParameter(p) ? string.Empty : "?")} {Field(p)};");
        }

        w.Line();
        w.Line("/// <summary>Starts a builder with the required properties.</summary>");
        foreach (var p in required)
        {
            w.Line($"/// <param name=\"{ObjectEmitter.Parameter(p).TrimStart('@')}\">{CSharp.Xml(p.Description ?? "The " + p.JsonName + " value.")}</param>");
            if (!CSharp.IsValueType(p.Type))
            {
                w.Line($"/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"{ObjectEmitter.Parameter(p).TrimStart('@')}\"/> is null.</exception>");
            }
        }

        w.Open($"public Builder({string.Join(", ", required.Select(p => CSharp.TypeName(ns, p.Type) + " " + ObjectEmitter.Parameter(p)))})");
        foreach (var p in required)
        {
            var parameter = ObjectEmitter.Parameter(p);
            w.Line(CSharp.IsValueType(p.Type)
                ? $"{Field(p)} = {parameter};"
                : $"{Field(p)} = {parameter} ?? throw new global::System.ArgumentNullException(nameof({parameter}));");
        }

        w.Close();

        foreach (var p in optional)
        {
            var bare = p.Identifier.TrimStart('@');
            w.Line();
            w.Line($"/// <summary>Sets <c>{CSharp.Xml(p.JsonName)}</c>{(p.Default is null ? string.Empty : " (default " + CSharp.Xml(p.Default) + ")")}.</summary>");
            w.Open($"public Builder With{bare}({CSharp.TypeName(ns, p.Type)} {ObjectEmitter.Parameter(p)})");
            w.Line($"{Field(p)} = {ObjectEmitter.Parameter(p)};");
            w.Line("return this;");
            w.Close();
        }

        w.Line();
        w.Line("/// <summary>Builds the value and validates it (narrowed to <paramref name=\"provider\"/> when given).</summary>");
        w.Line($"/// <exception cref=\"{CSharp.Runtime}.Validation.SoraValidationException\">The value breaks one or more rules; every violation is listed.</exception>");
        w.Open($"public {full} Build({provider}? provider = null)");
        w.Line("var value = Create();");
        w.Line("value.Validate(provider).ThrowIfInvalid(" + CSharp.Literal(model.Name) + ");");
        w.Line("return value;");
        w.Close();

        w.Line();
        w.Line("/// <summary>Builds and validates the value; returns false, with every violation in <paramref name=\"result\"/>, when it breaks a rule.</summary>");
        w.Open($"public bool TryBuild([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {full}? value, out {result} result, {provider}? provider = null)");
        w.Line("var candidate = Create();");
        w.Line("result = candidate.Validate(provider);");
        w.Line("value = result.IsValid ? candidate : null;");
        w.Line("return result.IsValid;");
        w.Close();

        w.Line();
        if (optional.Count == 0)
        {
            w.Line($"private {full} Create() => new {full}({string.Join(", ", required.Select(Field))});");
        }
        else
        {
            w.Line($"private {full} Create() => new {full}({string.Join(", ", required.Select(Field))})");
            w.Line("{");
            foreach (var p in optional)
            {
                w.Line($"    {p.Identifier} = {Field(p)},");
            }

            w.Line("};");
        }
        w.Close();
    }

    private static string Field(PropertyModel p) => "_" + ObjectEmitter.Parameter(p).TrimStart('@');
}
