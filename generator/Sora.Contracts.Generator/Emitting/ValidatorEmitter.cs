using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sora.Contracts.RuleKernel;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Parsing;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits <c>Validate(provider)</c>: required, length and pattern checks (of a string, and of an open enum's value
/// other than the known ones), enum and range checks, the spec's if/then rules, the exactly-one groups, the uploaded
/// image check and the provider's narrowing. The valid path allocates nothing, and nothing in it throws: a pattern
/// runs on the runtime's <c>SoraPattern</c>, whose "cannot tell" becomes a violation.
/// </summary>
internal static class ValidatorEmitter
{
    private const string Codes = CSharp.Runtime + ".Validation.SoraViolationCodes";
    private const string Pattern = CSharp.Runtime + ".Validation.SoraPattern";
    private const string AllowedValues = CSharp.Runtime + ".Validation.SoraAllowedValues";

    public static void Emit(CodeWriter w, ObjectUnit unit)
    {
        var model = unit.Model;
        var ns = unit.Namespace;
        var provider = "global::" + ns + ".SoraProvider";
        var list = CSharp.Runtime + ".Validation.SoraViolationList";

        foreach (var p in model.Properties.Where(p => TextRulesOf(p).Pattern is not null))
        {
            w.Line();
            w.Line($"private static readonly {Pattern} {PatternField(p)} = new {Pattern}({CSharp.Literal(TextRulesOf(p).Pattern!)});");
        }

        foreach (var values in model.ProviderValues.Where(v => v.Pattern is not null))
        {
            w.Line();
            w.Line($"private static readonly {Pattern} {ProviderPatternField(values)} = new {Pattern}({CSharp.Literal(values.Pattern!)});");
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Checks this value against the spec's rules, narrowed to <paramref name=\"provider\"/>'s profile when one is given.");
        w.Line("/// Returns every violation, each with the parameter, a code and an API-style message.");
        w.Line("/// </summary>");
        w.Open($"public {CSharp.Runtime}.Validation.SoraValidationResult Validate({provider}? provider = null)");
        w.Line($"var violations = new {list}();");
        w.Line("ValidateInto(ref violations, provider, null);");
        w.Line("return violations.ToResult();");
        w.Close();

        w.Line();
        w.Open($"internal void ValidateInto(ref {list} violations, {provider}? provider, string? param)");
        foreach (var p in model.Properties)
        {
            EmitProperty(w, unit, p);
        }

        AcceptanceEmitter.EmitChecks(w, model);

        foreach (var rule in model.Rules)
        {
            EmitRule(w, ns, model, rule);
        }

        foreach (var group in model.ExclusiveGroups)
        {
            var props = group.Properties.Select(n => model.Properties.First(p => p.JsonName == n)).ToList();
            w.Open($"if ({string.Join(" + ", props.Select(p => $"({p.Identifier} is null ? 0 : 1)"))} != 1)");
            w.Line($"violations.Add(param ?? {CSharp.Literal(group.Properties[0])}, {Codes}.InvalidCombination, {CSharp.Literal(RuleMessages.ExactlyOne(group.Properties))});");
            w.Close();
        }

        w.Close();
    }

    private static string PatternField(PropertyModel p) => "s_" + ObjectEmitter.Parameter(p).TrimStart('@') + "Pattern";

    private static string ProviderPatternField(ProviderValuesModel values) =>
        "s_" + Naming.ToPascalCase(values.Provider) + Naming.ToPascalCase(values.Property) + "ProviderPattern";

    private static string IsProvider(string ns, string provider) =>
        $"global::System.Object.ReferenceEquals(provider, global::{ns}.SoraProvider.{Naming.ToPascalCase(provider)})";

    /// <summary>
    /// The string rules a property's value is checked against: a string's own, or the open branch of an open enum
    /// (which only a value other than the known ones must meet).
    /// </summary>
    private static TextRules TextRulesOf(PropertyModel p) => p.Type.Kind switch
    {
        TypeKind.String => p.Text,
        TypeKind.Enum when p.Type.EnumIsOpen && !p.AcceptsAnyValue => p.Type.EnumOpenBranch,
        _ => TextRules.None,
    };

    private static string Param(PropertyModel p) => $"param ?? {CSharp.Literal(p.JsonName)}";

    private static void EmitProperty(CodeWriter w, ObjectUnit unit, PropertyModel p)
    {
        var name = p.Identifier;
        var isStruct = CSharp.IsValueType(p.Type);
        var nonNullable = CSharp.IsNonNullable(p);

        if (p.Required && !(nonNullable && isStruct))
        {
            w.Open(p.Type.Kind == TypeKind.Enum && nonNullable ? $"if ({name}.Value.Length == 0)" : $"if ({name} is null)");
            w.Line($"violations.Add({Param(p)}, {Codes}.MissingRequired, {CSharp.Literal(RuleMessages.Required(p.JsonName))});");
            w.Close();
        }
        else if (p.Required && !unit.Model.IsRequest)
        {
            // A number read from a response that lacked it holds 0; only the reader knows it was missing.
            w.Open($"if (MissingProperties is {{ }} __missing{ObjectEmitter.Parameter(p).TrimStart('@')} && global::System.Linq.Enumerable.Contains(__missing{ObjectEmitter.Parameter(p).TrimStart('@')}, {CSharp.Literal(p.JsonName)}))");
            w.Line($"violations.Add({Param(p)}, {Codes}.MissingRequired, {CSharp.Literal(RuleMessages.Required(p.JsonName))});");
            w.Close();
        }

        var local = "__" + ObjectEmitter.Parameter(p).TrimStart('@');
        var valueExpression = nonNullable && isStruct ? name : $"{name} is {{ }} {local}";
        var value = nonNullable && isStruct ? name : local;

        switch (p.Type.Kind)
        {
            case TypeKind.String when !p.Text.IsEmpty || !p.InlineEnum.IsEmpty || HasProviderValues(unit.Model, p):
                w.Open($"if ({name} is {{ }} {local})");
                EmitStringChecks(w, unit.Namespace, unit.Model, p, local);
                w.Close();
                break;
            case TypeKind.Enum when !p.AcceptsAnyValue:
                w.Open(nonNullable ? "" : $"if ({valueExpression})");
                if (!TextRulesOf(p).IsEmpty)
                {
                    w.Open($"if (!{value}.IsKnown)");
                    w.Line($"var {local}Text = {value}.Value;");
                    EmitTextChecks(w, p, local + "Text");
                    w.Close();
                }

                EmitEnumCheck(w, unit.Namespace, unit.Model, p, value);
                w.Close();
                break;
            case TypeKind.Int32 or TypeKind.Int64 or TypeKind.Number when !p.Numbers.IsEmpty:
                // A required number is a plain value: its checks need no null test (a bare block keeps the scope).
                w.Open(nonNullable && isStruct ? string.Empty : $"if ({valueExpression})");
                EmitRange(w, p, value);
                w.Close();
                break;
            case TypeKind.Object:
                w.Line($"{name}?.ValidateInto(ref violations, provider, {Param(p)});");
                break;
            case TypeKind.Union:
                w.Line($"{name}?.ValidateInto(ref violations, provider, {Param(p)});");
                EmitImageCheck(w, unit, p);
                break;
            case TypeKind.Map when p.Type.Item!.Kind is TypeKind.Object or TypeKind.Union:
                w.Open($"if ({name} is {{ }} {local})");
                w.Open($"foreach (var {local}Pair in {local})");
                w.Line($"{local}Pair.Value?.ValidateInto(ref violations, provider, {Param(p)});");
                w.Close();
                w.Close();
                break;
            case TypeKind.Array when p.Type.Item!.Kind is TypeKind.Object or TypeKind.Union:
                w.Open($"if ({name} is {{ }} {local})");
                w.Open($"foreach (var {local}Item in {local})");
                w.Line($"{local}Item?.ValidateInto(ref violations, provider, {Param(p)});");
                w.Close();
                w.Close();
                break;
        }
    }

    private static bool HasProviderValues(ObjectModel model, PropertyModel p) => model.ProviderValues.Any(v => v.Property == p.JsonName);

    private static void EmitStringChecks(CodeWriter w, string ns, ObjectModel model, PropertyModel p, string local)
    {
        EmitTextChecks(w, p, local);
        if (!p.InlineEnum.IsEmpty || HasProviderValues(model, p))
        {
            EmitAllowedValues(w, ns, model, p, local, p.InlineEnum.IsEmpty ? null : p.InlineEnum, isKnown: p.InlineEnum.IsEmpty ? "true" : $"({CSharp.IsOneOf(local, p.InlineEnum)})", isOpen: p.InlineEnum.IsEmpty, valueType: null);
        }
    }

    /// <summary>minLength, maxLength and pattern, on a string or on an open enum's value other than the known ones.</summary>
    private static void EmitTextChecks(CodeWriter w, PropertyModel p, string local)
    {
        var rules = TextRulesOf(p);
        var text = CSharp.Runtime + ".Serialization.SoraText";
        if (rules.MinLength is { } min && min > 0)
        {
            // Length counts UTF-16 units, JSON Schema counts code points: count them only when the two can disagree.
            var limit = min.ToString(CultureInfo.InvariantCulture);
            w.Open($"if ({local}.Length < {limit} || ({local}.Length < {(2L * min).ToString(CultureInfo.InvariantCulture)} && {text}.CodePoints({local}) < {limit}))");
            w.Line($"violations.Add({Param(p)}, {Codes}.TooShort, {CSharp.Literal(RuleMessages.AtLeastLong(p.JsonName, min))});");
            w.Close();
        }

        if (rules.MaxLength is { } max)
        {
            var limit = max.ToString(CultureInfo.InvariantCulture);
            w.Open($"if ({local}.Length > {limit} && {text}.CodePoints({local}) > {limit})");
            w.Line($"violations.Add({Param(p)}, {Codes}.TooLong, {CSharp.Literal(RuleMessages.AtMostLong(p.JsonName, max))});");
            w.Close();
        }

        if (rules.Pattern is { } pattern)
        {
            // A match that does not finish is neither a match nor a mismatch: it is reported as such, never thrown.
            w.Open($"if (!{PatternField(p)}.TryMatch({local}, out var {local}Matches))");
            w.Line($"violations.Add({Param(p)}, {Codes}.PatternTimeout, {CSharp.Literal(RuleMessages.CouldNotMatch(p.JsonName, pattern))});");
            w.Close();
            w.Open($"else if (!{local}Matches)");
            w.Line($"violations.Add({Param(p)}, {Codes}.InvalidFormat, {CSharp.Literal(RuleMessages.MustMatch(p.JsonName, pattern))});");
            w.Close();
        }
    }

    private static void EmitEnumCheck(CodeWriter w, string ns, ObjectModel model, PropertyModel p, string value) =>
        EmitAllowedValues(w, ns, model, p, value + ".Value", p.Type.EnumIsOpen ? null : p.Type.EnumValues, value + ".IsKnown", p.Type.EnumIsOpen, CSharp.TypeName(ns, p.Type));

    /// <summary>
    /// The enum check, narrowed per provider. A provider's list or pattern replaces the base enum for that provider
    /// (it may widen it, as a gateway's own document can); a value outside it is "unsupported by the provider" when the
    /// spec itself knows it (or the enum is open) and "invalid" otherwise. A pattern match that does not finish is
    /// reported as such, as the spec's own patterns are.
    /// </summary>
    private static void EmitAllowedValues(CodeWriter w, string ns, ObjectModel model, PropertyModel p, string text, IReadOnlyList<string>? baseValues, string isKnown, bool isOpen, string? valueType)
    {
        var first = true;
        foreach (var values in model.ProviderValues.Where(v => v.Property == p.JsonName))
        {
            w.Open($"{(first ? "if" : "else if")} ({IsProvider(ns, values.Provider)})");
            string message;
            if (values.Pattern is { } pattern)
            {
                var matches = "__" + ProviderPatternField(values).Substring(2) + "Matches";
                w.Open($"if (!{ProviderPatternField(values)}.TryMatch({text}, out var {matches}))");
                w.Line($"violations.Add({Param(p)}, {Codes}.PatternTimeout, {CSharp.Literal(RuleMessages.CouldNotMatch(p.JsonName, pattern))});");
                w.Close();
                w.Open($"else if (!{matches})");
                message = CSharp.Literal(RuleMessages.MustMatchWithProvider(p.JsonName, pattern, values.Provider));
            }
            else
            {
                w.Open($"if (!({CSharp.IsOneOf(text, values.Values)}))");
                message = CSharp.Literal(RuleMessages.MustBeWithProvider(p.JsonName, values.Values, values.Provider));
            }

            w.Line(isOpen
                ? $"violations.Add({Param(p)}, {Codes}.UnsupportedByProvider, {message});"
                : $"violations.Add({Param(p)}, {isKnown} ? {Codes}.UnsupportedByProvider : {Codes}.InvalidValue, {message});");
            w.Close();
            w.Close();
            first = false;
        }

        if (baseValues is null)
        {
            return;
        }

        // A large value type's list is built from its KnownValues when a value is rejected: spelled out, a 10,000-value
        // enum put ~100 KB of literal at every property that refers to it, most of a large spec's generated code.
        var mustBe = valueType is not null && baseValues.Count > CSharp.PatternLimit
            ? $"{AllowedValues}.MustBe({CSharp.Literal(p.JsonName)}, {valueType}.KnownValues)"
            : CSharp.Literal(RuleMessages.MustBe(p.JsonName, baseValues));
        w.Open(first ? $"if (!{isKnown})" : $"else if (!{isKnown})");
        w.Line($"violations.Add({Param(p)}, {Codes}.InvalidValue, {mustBe});");
        w.Close();
    }

    private static void EmitRange(CodeWriter w, PropertyModel p, string value)
    {
        var rules = p.Numbers;
        EmitBound(w, p, value, rules.Minimum, "<", RuleMessages.AtLeast);
        EmitBound(w, p, value, rules.ExclusiveMinimum, "<=", RuleMessages.GreaterThan);
        EmitBound(w, p, value, rules.Maximum, ">", RuleMessages.AtMost);
        EmitBound(w, p, value, rules.ExclusiveMaximum, ">=", RuleMessages.LessThan);
        if (rules.MultipleOf is { } step)
        {
            var message = CSharp.Literal(RuleMessages.MultipleOf(p.JsonName, step));
            if (p.Type.Kind != TypeKind.Number && long.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
            {
                w.Open($"if ({value} % {whole.ToString(CultureInfo.InvariantCulture)} != 0)");
            }
            else
            {
                w.Open($"if (!{CSharp.Runtime}.Validation.SoraNumber.IsMultipleOf({value}, {NumberLiteral(step)}))");
            }

            w.Line($"violations.Add({Param(p)}, {Codes}.OutOfRange, {message});");
            w.Close();
        }
    }

    private static void EmitBound(CodeWriter w, PropertyModel p, string value, string? bound, string failsWhen, System.Func<string, string, string> message)
    {
        if (bound is null)
        {
            return;
        }

        var literal = p.Type.Kind != TypeKind.Number && long.TryParse(bound, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? whole.ToString(CultureInfo.InvariantCulture)
            : NumberLiteral(bound);
        w.Open($"if ({value} {failsWhen} {literal})");
        w.Line($"violations.Add({Param(p)}, {Codes}.OutOfRange, {CSharp.Literal(message(p.JsonName, bound))});");
        w.Close();
    }

    /// <summary>A double literal for a JSON number the reader checked is finite.</summary>
    private static string NumberLiteral(string number) =>
        double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "d";

    /// <summary>An uploaded image must be a readable PNG/JPEG/WebP of an accepted type whose pixel size equals the named property.</summary>
    private static void EmitImageCheck(CodeWriter w, ObjectUnit unit, PropertyModel p)
    {
        var union = unit.Unions.FirstOrDefault(u => u.Name == p.Type.Name);
        if (union is null || !union.HasFile || (p.ImageDimensionsFrom is null && p.MediaTypes.IsEmpty))
        {
            return;
        }

        var images = CSharp.Runtime + ".Images";
        var local = "__" + ObjectEmitter.Parameter(p).TrimStart('@') + "File";
        w.Open($"if ({p.Identifier}?.File is {{ }} {local})");
        w.Open($"if (!{images}.ImageHeaderReader.TryRead({local}.Content.Span, out var image, out var imageError))");
        w.Line($"violations.Add({Param(p)}, {Codes}.InvalidImage, {CSharp.Literal(RuleMessages.ImageUnreadable(p.JsonName))} + imageError);");
        w.Close();
        w.Open("else");
        if (!p.MediaTypes.IsEmpty)
        {
            w.Open($"if (!({CSharp.IsOneOf("image.MediaType", p.MediaTypes)}))");
            w.Line($"violations.Add({Param(p)}, {Codes}.UnsupportedMediaType, {CSharp.Literal(RuleMessages.MediaTypeMustBe(p.JsonName, p.MediaTypes))} + image.MediaType + \")\");");
            w.Close();
        }

        if (p.ImageDimensionsFrom is { } sourceName && unit.Model.Properties.FirstOrDefault(x => x.JsonName == sourceName) is { } source)
        {
            var sourceValue = source.Type.Kind == TypeKind.Enum ? $"{source.Identifier}?.Value" : source.Identifier;
            var fallback = source.Default is null ? "null" : CSharp.Literal(source.Default);
            w.Line($"var expected = {sourceValue}{(source.Default is null ? string.Empty : " ?? " + fallback)};");
            w.Open(source.Default is null ? "if (expected is not null && !image.HasDimensions(expected))" : "if (!image.HasDimensions(expected))");
            w.Line($"violations.Add({Param(p)}, {Codes}.ImageSizeMismatch, {CSharp.Literal(RuleMessages.PixelsMustBe(p.JsonName))} + expected + {CSharp.Literal(RuleMessages.PixelsToMatch(sourceName))} + image.Width.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"x\" + image.Height.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \")\");");
            w.Close();
        }

        w.Close();
        w.Close();
    }

    private static void EmitRule(CodeWriter w, string ns, ObjectModel model, RuleModel rule)
    {
        var condition = model.Properties.First(p => p.JsonName == rule.IfProperty);
        var target = model.Properties.First(p => p.JsonName == rule.ThenProperty);
        var ifValue = TextOf(condition);
        var thenValue = TextOf(target);
        var ifLocal = "__if" + condition.Identifier.TrimStart('@');
        var thenLocal = "__then" + target.Identifier.TrimStart('@');

        if (rule.Description is not null)
        {
            w.Line("// " + CSharp.OneLine(rule.Description));
        }

        // A provider that takes any value matching a pattern for a property the rule reads serves values (its own
        // models, any size) the rule, written about the spec's own values, does not speak for: it does not judge it.
        var unjudged = Unjudged(model, rule).Select(v => IsProvider(ns, v)).ToList();
        w.Open(unjudged.Count == 0 ? string.Empty : $"if (!({string.Join(" || ", unjudged)}))");
        w.Line($"var {ifLocal} = {ifValue};");
        w.Line($"var {thenLocal} = {thenValue};");

        // JSON Schema: an absent property satisfies 'properties' unless 'required' lists it.
        var matches = $"({ifLocal} is null ? {(rule.IfRequired ? "false" : "true")} : {CSharp.IsOneOf(ifLocal, rule.IfValues)})";
        var when = $"{ifLocal} is null ? {CSharp.Literal(" " + RuleMessages.When(rule.IfProperty, null))} : {CSharp.Literal(" " + RuleMessages.When(rule.IfProperty, string.Empty))} + {ifLocal}";
        w.Open($"if ({matches})");
        if (rule.ThenRequired)
        {
            // Left out where the rule requires it: a combination the rule forbids (SORA001 at compile time), not a
            // property the schema itself requires.
            w.Open($"if ({thenLocal} is null)");
            w.Line($"violations.Add(param ?? {CSharp.Literal(rule.ThenProperty)}, {Codes}.InvalidCombination, {CSharp.Literal(RuleMessages.Required(rule.ThenProperty))} + ({when}));");
            w.Close();
        }

        // A value outside its own enum is already reported as invalid; a combination check on it would only repeat that.
        var admitted = Admitted(ns, model, target, thenLocal);
        w.Open($"{(rule.ThenRequired ? "else if" : "if")} ({thenLocal} is not null && {admitted}!({CSharp.IsOneOf(thenLocal, rule.ThenValues)}))");
        w.Line($"violations.Add(param ?? {CSharp.Literal(rule.ThenProperty)}, {Codes}.InvalidCombination, {CSharp.Literal(RuleMessages.MustBe(rule.ThenProperty, rule.ThenValues))} + ({when}));");
        w.Close();
        w.Close();
        w.Close();
    }

    /// <summary>The providers whose profile widens a property the rule reads (its if or its then) by a pattern.</summary>
    private static IEnumerable<string> Unjudged(ObjectModel model, RuleModel rule) =>
        model.ProviderValues.Where(v => v.Pattern is not null && (v.Property == rule.IfProperty || v.Property == rule.ThenProperty))
            .Select(v => v.Provider).Distinct().OrderBy(v => v, System.StringComparer.Ordinal);

    /// <summary>The condition (with a trailing <c>&amp;&amp;</c>) that a closed enum's value is known to the spec or admitted by the provider; empty otherwise.</summary>
    private static string Admitted(string ns, ObjectModel model, PropertyModel p, string local)
    {
        if (p.Type.Kind != TypeKind.Enum || p.Type.EnumIsOpen || p.AcceptsAnyValue)
        {
            return string.Empty;
        }

        var terms = new List<string> { CSharp.IsOneOf(local, p.Type.EnumValues) };
        // A provider's pattern on the target means the rule does not judge that provider (see Unjudged): only lists count.
        terms.AddRange(model.ProviderValues.Where(v => v.Property == p.JsonName && v.Pattern is null)
            .Select(v => $"({IsProvider(ns, v.Provider)} && {CSharp.IsOneOf(local, v.Values)})"));
        return "(" + string.Join(" || ", terms) + ") && ";
    }

    private static string TextOf(PropertyModel p) =>
        p.Type.Kind == TypeKind.Enum
            ? CSharp.IsNonNullable(p) ? $"(string?){p.Identifier}.Value" : $"{p.Identifier}?.Value"
            : $"(string?){p.Identifier}";
}
