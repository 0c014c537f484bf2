using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits the rule metadata attributes on request types. The analyzer reads the rules from these symbols, never from
/// YAML or from C# constants, so a consumer's own spec drives it the same way.
/// </summary>
internal static class MetadataEmitter
{
    private const string Metadata = CSharp.Runtime + ".Metadata";

    public static void EmitRequestAttributes(CodeWriter w, ObjectModel model)
    {
        w.Line($"[{Metadata}.SoraRequest({CSharp.Literal(model.Name)})]");
        foreach (var rule in model.Rules)
        {
            var named = new List<string>();
            if (rule.IfRequired)
            {
                named.Add("IfRequired = true");
            }

            if (rule.ThenRequired)
            {
                named.Add("ThenRequired = true");
            }

            if (rule.Description is not null)
            {
                named.Add("Description = " + CSharp.Literal(rule.Description));
            }

            w.Line($"[{Metadata}.SoraRule({CSharp.Literal(rule.IfProperty)}, {CSharp.Array(rule.IfValues)}, {CSharp.Literal(rule.ThenProperty)}, {CSharp.Array(rule.ThenValues)}{string.Concat(named.Select(n => ", " + n))})]");
        }

        foreach (var group in model.ExclusiveGroups)
        {
            w.Line($"[{Metadata}.SoraExactlyOne({string.Join(", ", group.Properties.Select(CSharp.Literal))})]");
        }

        foreach (var values in model.ProviderValues)
        {
            var pattern = values.Pattern is null ? string.Empty : ", Pattern = " + CSharp.Literal(values.Pattern);
            w.Line($"[{Metadata}.SoraProviderValues({CSharp.Literal(values.Provider)}, {CSharp.Literal(values.Property)}{string.Concat(values.Values.Select(v => ", " + CSharp.Literal(v)))}{pattern})]");
        }

        AcceptanceEmitter.EmitAttributes(w, model);
    }

    public static void EmitPropertyAttribute(CodeWriter w, PropertyModel p)
    {
        var named = new List<string>();
        if (p.Required)
        {
            named.Add("Required = true");
        }

        if (p.Default is not null)
        {
            named.Add("Default = " + CSharp.Literal(p.Default));
        }

        named.AddRange(TextRuleArguments(p.Text, string.Empty));
        named.AddRange(NumberRuleArguments(p.Numbers));

        if (p.Type.Kind == TypeKind.Enum && !p.AcceptsAnyValue)
        {
            named.Add("Closed = " + (p.Type.EnumIsOpen ? "false" : "true"));
        }

        w.Line($"[{Metadata}.SoraProperty({CSharp.Literal(p.JsonName)}{string.Concat(named.Select(n => ", " + n))})]");
    }

    /// <summary>A number's bounds as named attribute arguments (<c>Maximum = "100"</c>), each written as the spec writes it.</summary>
    private static IEnumerable<string> NumberRuleArguments(NumberRules rules)
    {
        var bounds = new[]
        {
            ("Minimum", rules.Minimum),
            ("ExclusiveMinimum", rules.ExclusiveMinimum),
            ("Maximum", rules.Maximum),
            ("ExclusiveMaximum", rules.ExclusiveMaximum),
            ("MultipleOf", rules.MultipleOf),
        };
        return bounds.Where(b => b.Item2 is not null).Select(b => b.Item1 + " = " + CSharp.Literal(b.Item2!));
    }

    /// <summary>
    /// The named attribute arguments of string rules (<c>MinLength = 1</c>, ...), each name prefixed with
    /// <paramref name="prefix"/>: the property attribute's own rules, or an open enum's <c>OpenMinLength</c>, ....
    /// </summary>
    public static IEnumerable<string> TextRuleArguments(TextRules rules, string prefix)
    {
        if (rules.MinLength is { } min)
        {
            yield return prefix + "MinLength = " + min.ToString(CultureInfo.InvariantCulture);
        }

        if (rules.MaxLength is { } max)
        {
            yield return prefix + "MaxLength = " + max.ToString(CultureInfo.InvariantCulture);
        }

        if (rules.Pattern is { } pattern)
        {
            yield return prefix + "Pattern = " + CSharp.Literal(pattern);
        }
    }
}
