using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Sora.Contracts.Generator.Diagnostics;
using Sora.Contracts.Generator.Emitting;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Generator.Analysis;

/// <summary>
/// Judges one construction site the way the generated validator judges the request at run time, but only with what is
/// known at compile time: an unknown value is never guessed at, and a rule needing it is not checked.
/// </summary>
internal sealed class RequestChecker
{
    private readonly string? _provider;
    private readonly ConcurrentDictionary<string, Regex?> _patterns;

    public RequestChecker(string? provider)
        : this(provider, new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal))
    {
    }

    private RequestChecker(string? provider, ConcurrentDictionary<string, Regex?> patterns)
    {
        _provider = provider;
        _patterns = patterns;
    }

    /// <summary>A checker judging by <paramref name="provider"/>'s profile (one the code names), sharing the compiled patterns.</summary>
    public RequestChecker For(string provider) => new(provider, _patterns);

    public void Check(ConstructionSite site, Action<Diagnostic> report)
    {
        AcceptanceChecker.Check(site, _provider, report);

        // Whether each known value passed its own check; a rule is not checked on a value already reported as wrong.
        var valid = new Dictionary<PropertyMetadata, bool>();
        foreach (var pair in site.SetValues)
        {
            if (pair.Value.State == ValueState.Known && !pair.Value.Inherited)
            {
                valid[pair.Key] = CheckValue(site, pair.Key, pair.Value, report);
            }
        }

        if (!site.ChecksRules)
        {
            return;
        }

        foreach (var rule in site.Request.Rules)
        {
            CheckRule(site, rule, valid, report);
        }
    }

    private bool CheckValue(ConstructionSite site, PropertyMetadata property, SiteValue value, Action<Diagnostic> report)
    {
        var request = site.Request;
        var text = value.Value!;
        if (property.Enum is not { } enumeration)
        {
            return !property.Text.HasRules || CheckText(property, property.Text, value, report);
        }

        var known = enumeration.Values.Contains(text);

        // A value the open enum does not know must still be well-formed (its open branch's rules): one that is not
        // is reported for its text, which no provider or rule can make right.
        if (!known && enumeration.IsOpen && enumeration.OpenBranch.HasRules && !CheckText(property, enumeration.OpenBranch, value, report))
        {
            return false;
        }

        var byProvider = request.AllowedByProvider(_provider, property.JsonName);
        if (!byProvider.IsDefault)
        {
            if (byProvider.Contains(text))
            {
                return true;
            }

            var descriptor = known || enumeration.IsOpen ? RequestDiagnostics.NotSupportedByProvider : RequestDiagnostics.ValueOutsideEnum;
            var arguments = descriptor == RequestDiagnostics.NotSupportedByProvider
                ? new object[] { property.JsonName, text, _provider!, CSharp.OrList(byProvider) }
                : new object[] { property.JsonName, text, CSharp.OrList(byProvider) + " with provider " + _provider };
            report(Create(descriptor, value, property, NearestValue.Pick(text, AllowedAtSite(site, property, byProvider)), arguments));
            return false;
        }

        if (known)
        {
            return true;
        }

        if (enumeration.IsOpen)
        {
            report(Diagnostic.Create(RequestDiagnostics.UnknownValue, value.Syntax!.GetLocation(), property.JsonName, text, CSharp.OrList(enumeration.Values)));
        }
        else
        {
            report(Create(RequestDiagnostics.ValueOutsideEnum, value, property, NearestValue.Pick(text, AllowedAtSite(site, property, enumeration.Values)), property.JsonName, text, CSharp.OrList(enumeration.Values)));
        }

        return false;
    }

    private bool CheckText(PropertyMetadata property, TextMetadata rules, SiteValue value, Action<Diagnostic> report)
    {
        var text = value.Value!;
        var length = CodePoints(text);
        string? problem = null;
        string? rule = null;
        if (rules.MinLength > 0 && length < rules.MinLength)
        {
            problem = length == 0 ? "empty" : "too short";
            rule = $"{property.JsonName} must be at least {rules.MinLength} character{(rules.MinLength == 1 ? string.Empty : "s")} long";
        }
        else if (rules.MaxLength >= 0 && length > rules.MaxLength)
        {
            problem = "too long";
            rule = $"{property.JsonName} must be at most {rules.MaxLength} characters long";
        }
        else if (rules.Pattern is { } pattern && PatternRejects(pattern, text))
        {
            problem = text.All(char.IsWhiteSpace) ? "whitespace only" : "not matching its pattern";
            rule = $"{property.JsonName} must match the pattern {pattern}";
        }

        if (problem is null)
        {
            return true;
        }

        report(Diagnostic.Create(RequestDiagnostics.InvalidText, value.Syntax!.GetLocation(), property.JsonName, problem, rule));
        return false;
    }

    private void CheckRule(ConstructionSite site, RuleMetadata rule, Dictionary<PropertyMetadata, bool> valid, Action<Diagnostic> report)
    {
        var request = site.Request;
        if (request.ByJsonName(rule.IfProperty) is not { } condition || request.ByJsonName(rule.ThenProperty) is not { } target)
        {
            return;
        }

        // A with over a read receiver judges only what it changes; the receiver's own site judged the rest.
        if (site.Copies && !site.Sets(condition) && !site.Sets(target))
        {
            return;
        }

        var conditionValue = site[condition];
        var targetValue = site[target];
        if (!Applies(rule, conditionValue) || targetValue.State == ValueState.Unknown)
        {
            return;
        }

        if (targetValue.State == ValueState.Absent)
        {
            if (rule.ThenRequired)
            {
                report(Diagnostic.Create(RequestDiagnostics.CombinationNotAllowed, site.Node.GetLocation(), rule.ThenProperty, "(not set)", When(rule, condition, conditionValue), CSharp.OrList(Narrow(request, target, rule.ThenValues))));
            }

            return;
        }

        if (rule.ThenValues.Contains(targetValue.Value!) || !valid.TryGetValue(target, out var targetIsValid) || !targetIsValid)
        {
            return;
        }

        var when = When(rule, condition, conditionValue);
        var allowedTargets = Narrow(request, target, rule.ThenValues);

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[FixProperties.Property] = target.JsonName;
        if (NearestValue.Pick(targetValue.Value!, allowedTargets) is { } replacement)
        {
            properties[FixProperties.Replacement] = replacement;
        }

        var additional = new List<Location>();
        var conditionReplacement = ConditionReplacement(request, condition, rule);
        // A condition a with copies from its receiver is not the with's to edit: no condition fix points there.
        if (conditionReplacement is not null && ((conditionValue.State == ValueState.Known && !conditionValue.Inherited) || site.Form is not null))
        {
            properties[FixProperties.ConditionProperty] = condition.JsonName;
            properties[FixProperties.ConditionReplacement] = conditionReplacement;
            properties[FixProperties.ConditionPresent] = conditionValue.State == ValueState.Known ? "true" : "false";
            if (site.Form is not null)
            {
                properties[FixProperties.ConditionForm] = site.Form;
                properties[FixProperties.ConditionMember] = site.Form == FixProperties.BuilderForm ? "With" + condition.Name : condition.Name;
            }

            additional.Add(conditionValue.State == ValueState.Known ? conditionValue.Syntax!.GetLocation() : site.Node.GetLocation());
        }

        report(Diagnostic.Create(
            RequestDiagnostics.CombinationNotAllowed,
            targetValue.Syntax!.GetLocation(),
            additional,
            properties.ToImmutable(),
            rule.ThenProperty,
            targetValue.Value,
            when,
            CSharp.OrList(rule.ThenValues)));
    }

    private static string When(RuleMetadata rule, PropertyMetadata condition, SiteValue value) =>
        value.State == ValueState.Absent
            ? $"when {rule.IfProperty} is not set{(condition.Default is null ? string.Empty : $" ({condition.Default} by default)")}"
            : $"when {rule.IfProperty} is {value.Value}";

    /// <summary>
    /// Whether a rule applies, as JSON Schema reads <c>if</c>: an absent property satisfies it unless it is required;
    /// an unknown value never makes it apply (the analyzer does not guess).
    /// </summary>
    private static bool Applies(RuleMetadata rule, SiteValue condition) => condition.State switch
    {
        ValueState.Absent => !rule.IfRequired,
        ValueState.Known => rule.IfValues.Contains(condition.Value!),
        _ => false,
    };

    /// <summary>The rule's allowed values that the chosen provider also allows (all of them when it does not narrow).</summary>
    private ImmutableArray<string> Narrow(RequestMetadata request, PropertyMetadata property, ImmutableArray<string> values)
    {
        var byProvider = request.AllowedByProvider(_provider, property.JsonName);
        if (byProvider.IsDefault)
        {
            return values;
        }

        var both = values.Where(byProvider.Contains).ToImmutableArray();
        return both.IsEmpty ? values : both;
    }

    /// <summary>A known value of the condition's property that the rule does not apply to (for SORA001: a pro model).</summary>
    private string? ConditionReplacement(RequestMetadata request, PropertyMetadata condition, RuleMetadata rule)
    {
        if (condition.Enum is not { } enumeration)
        {
            return null;
        }

        var byProvider = request.AllowedByProvider(_provider, condition.JsonName);
        return enumeration.Values.FirstOrDefault(v => !rule.IfValues.Contains(v) && (byProvider.IsDefault || byProvider.Contains(v)));
    }

    /// <summary>
    /// The allowed values a replacement may take at this site: those of <paramref name="allowed"/> that every rule
    /// applying here also allows, so that a fix does not trade one diagnostic for another.
    /// </summary>
    private static ImmutableArray<string> AllowedAtSite(ConstructionSite site, PropertyMetadata property, ImmutableArray<string> allowed)
    {
        var candidates = allowed;
        foreach (var rule in site.Request.Rules)
        {
            if (rule.ThenProperty != property.JsonName || site.Request.ByJsonName(rule.IfProperty) is not { } condition)
            {
                continue;
            }

            var narrowed = Applies(rule, site[condition]) ? candidates.Where(rule.ThenValues.Contains).ToImmutableArray() : candidates;
            if (!narrowed.IsEmpty)
            {
                candidates = narrowed;
            }
        }

        return candidates;
    }

    private Diagnostic Create(DiagnosticDescriptor descriptor, SiteValue value, PropertyMetadata property, string? replacement, params object[] arguments)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Property, property.JsonName);
        if (replacement is not null)
        {
            properties = properties.Add(FixProperties.Replacement, replacement);
        }

        if (descriptor == RequestDiagnostics.NotSupportedByProvider && _provider is not null)
        {
            properties = properties.Add(FixProperties.Provider, _provider);
        }

        return Diagnostic.Create(descriptor, value.Syntax!.GetLocation(), properties, arguments);
    }

    /// <summary>
    /// Whether the pattern, run as the validator runs it (the rule kernel), rejects the text. A match that does not
    /// finish (only the backtracking engine's can) cannot tell, so it rejects nothing: the analyzer never guesses.
    /// </summary>
    private bool PatternRejects(string pattern, string text) =>
        _patterns.GetOrAdd(pattern, static p => PatternRule.TryCompile(p, out var regex, out _) ? regex : null) is { } compiled
        && PatternRule.TryMatch(compiled, text, out var matches)
        && !matches;

    /// <summary>JSON Schema counts code points: a surrogate pair is one character.</summary>
    private static int CodePoints(string text)
    {
        var count = text.Length;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
