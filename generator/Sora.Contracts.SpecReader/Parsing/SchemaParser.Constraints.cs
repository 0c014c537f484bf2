using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>Constraint keywords: number bounds, text rules and integer-valued keywords.</summary>
internal sealed partial class SchemaParser
{
    /// <summary>minimum, maximum, their exclusive forms and multipleOf, as written; what is not a finite number is reported and dropped.</summary>
    private NumberRules ReadNumberRules(string where, YamlMapping schema)
    {
        string? Read(string key, bool positive)
        {
            if (schema[key] is not { } node)
            {
                return null;
            }

            if (node is YamlScalar { IsNull: false, IsPlain: true } scalar
                && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && !double.IsInfinity(value) && !double.IsNaN(value) && (!positive || value > 0))
            {
                return scalar.Value;
            }

            _context.Report(SpecDiagnostics.UnsupportedSchema, node,
                $"'{key}' of '{where}' must be a {(positive ? "positive " : string.Empty)}number, not '{(node as YamlScalar)?.Value ?? "a mapping or list"}'; it is ignored");
            return null;
        }

        return new NumberRules(Read("minimum", false), Read("maximum", false), Read("exclusiveMinimum", false), Read("exclusiveMaximum", false), Read("multipleOf", true));
    }

    /// <summary>The default, when it is a valid value of the property's type and enum; otherwise reported and dropped.</summary>
    private string? ReadDefault(string where, YamlMapping schema, TypeRef type, List<string> inlineEnum)
    {
        if (schema["default"] is not { } node || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is not YamlScalar scalar || type.Kind is TypeKind.Object or TypeKind.Union or TypeKind.Array or TypeKind.Json or TypeKind.DateTime or TypeKind.Map)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, node, $"The default of '{where}' is not generated: only defaults of strings, numbers, booleans and enums are");
            return null;
        }

        var value = scalar.Value;
        var allowed = type.Kind == TypeKind.Enum && !type.EnumIsOpen ? type.EnumValues.ToList() : inlineEnum;
        if (allowed.Count > 0 && !allowed.Contains(value))
        {
            _context.Report(SpecDiagnostics.InvalidDefault, node, value, where, string.Join(", ", allowed));
            return null;
        }

        var fits = type.Kind switch
        {
            TypeKind.Int32 => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            TypeKind.Int64 => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            TypeKind.Number => NumberRule.TryRead(value, out _),
            TypeKind.Boolean => scalar.IsPlain && value is "true" or "false",
            _ => true,
        };
        if (!fits)
        {
            var expected = type.Kind switch { TypeKind.Boolean => "true or false", TypeKind.Number => "numbers", _ => "whole numbers" };
            _context.Report(SpecDiagnostics.InvalidDefault, node, value, where, expected);
            return null;
        }

        return value;
    }

    /// <summary>
    /// <c>minLength</c>, <c>maxLength</c> and <c>pattern</c>; a pattern is compiled as the generated code and the
    /// analyzer will run it (the rule kernel), and one that is not a regular expression is reported and dropped.
    /// </summary>
    private TextRules ReadTextRules(string where, YamlMapping schema)
    {
        var pattern = ParseContext.String(schema, "pattern");
        if (pattern is not null && !PatternRule.IsValid(pattern, out var patternError))
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema["pattern"], $"The pattern of {where} is not a regular expression the generated code can use: {patternError}");
            pattern = null;
        }

        return new TextRules(Integer(schema, "minLength"), Integer(schema, "maxLength"), pattern);
    }

    private int? Integer(YamlMapping schema, string key) => Long(schema, key) is { } value && value is >= 0 and <= int.MaxValue ? (int)value : null;

    private long? Long(YamlMapping schema, string key)
    {
        if (schema[key] is not YamlScalar scalar || scalar.IsNull)
        {
            return null;
        }

        if (long.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _context.Report(SpecDiagnostics.UnsupportedSchema, scalar, $"'{key}' must be an integer, not '{scalar.Value}'");
        return null;
    }
}
