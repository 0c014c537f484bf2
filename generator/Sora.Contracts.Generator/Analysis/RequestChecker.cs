using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sora.Contracts.Generator.Diagnostics;
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
        foreach (var pair in site.SetValues)
        {
            if (pair.Value.State == ValueState.Known && !pair.Value.Inherited)
            {
                CheckValue(site, pair.Key, pair.Value, report);
            }
        }

        // A request written only to be copied (new T(..) with { .. }) is never used as it is: its rules are judged
        // at the with, on the values the copy ends up with.
        if (!site.ChecksRules || IsCopied(site.Node))
        {
            return;
        }

        foreach (var property in site.Request.Properties)
        {
            CheckRequired(site, property, report);
        }

        foreach (var rule in site.Request.Rules)
        {
            CheckRule(site, rule, report);
        }

        foreach (var group in site.Request.ExactlyOne)
        {
            CheckExactlyOne(site, group, report);
        }
    }

    private void CheckValue(ConstructionSite site, PropertyMetadata property, SiteValue value, Action<Diagnostic> report)
    {
        var request = site.Request;
        var text = value.Value!;
        if (property.Numbers.HasRules)
        {
            CheckNumber(property, value, report);
            return;
        }

        if (property.Enum is not { } enumeration)
        {
            if (property.Text.HasRules)
            {
                CheckText(property, property.Text, value, report);
            }

            return;
        }

        var known = enumeration.Values.Contains(text);

        // A value the open enum does not know must still be well-formed (its open branch's rules); the provider's list
        // is checked on it all the same, as the validator does.
        var wellFormed = known || !enumeration.IsOpen || !enumeration.OpenBranch.HasRules || CheckText(property, enumeration.OpenBranch, value, report);

        if (request.PatternOfProvider(_provider, property.JsonName) is { } widened)
        {
            CheckProviderPattern(site, property, enumeration, value, widened, known, report);
            return;
        }

        var byProvider = request.AllowedByProvider(_provider, property.JsonName);
        if (!byProvider.IsDefault)
        {
            if (byProvider.Contains(text))
            {
                return;
            }

            var descriptor = known || enumeration.IsOpen ? RequestDiagnostics.NotSupportedByProvider : RequestDiagnostics.ValueOutsideEnum;
            var arguments = descriptor == RequestDiagnostics.NotSupportedByProvider
                ? new object[] { property.JsonName, text, _provider!, RuleMessages.MustBe(property.JsonName, byProvider) }
                : new object[] { property.JsonName, text, RuleMessages.MustBeWithProvider(property.JsonName, byProvider, _provider!) };
            report(Create(descriptor, value, property, NearestValue.Pick(text, AllowedAtSite(site, property, byProvider)), arguments));
            return;
        }

        if (known || !wellFormed)
        {
            return;
        }

        if (enumeration.IsOpen)
        {
            report(Diagnostic.Create(RequestDiagnostics.UnknownValue, value.Syntax!.GetLocation(), property.JsonName, text, ValueList.OrList(enumeration.Values)));
        }
        else
        {
            report(Create(RequestDiagnostics.ValueOutsideEnum, value, property, NearestValue.Pick(text, AllowedAtSite(site, property, enumeration.Values)), property.JsonName, text, RuleMessages.MustBe(property.JsonName, enumeration.Values)));
        }
    }

    /// <summary>
    /// A provider that takes any value matching its pattern: the value must match it, as the validator checks; a match
    /// that does not finish cannot tell, so it reports nothing. The fix offers a value of the spec's that matches.
    /// </summary>
    private void CheckProviderPattern(ConstructionSite site, PropertyMetadata property, EnumMetadata enumeration, SiteValue value, string pattern, bool known, Action<Diagnostic> report)
    {
        var text = value.Value!;
        if (!PatternRejects(pattern, text))
        {
            return;
        }

        var descriptor = known || enumeration.IsOpen ? RequestDiagnostics.NotSupportedByProvider : RequestDiagnostics.ValueOutsideEnum;
        var arguments = descriptor == RequestDiagnostics.NotSupportedByProvider
            ? new object[] { property.JsonName, text, _provider!, RuleMessages.MustMatch(property.JsonName, pattern) }
            : new object[] { property.JsonName, text, RuleMessages.MustMatchWithProvider(property.JsonName, pattern, _provider!) };
        var matching = enumeration.Values.Where(v => !PatternRejects(pattern, v)).ToImmutableArray();
        report(Create(descriptor, value, property, NearestValue.Pick(text, AllowedAtSite(site, property, matching)), arguments));
    }

    private bool CheckText(PropertyMetadata property, TextMetadata rules, SiteValue value, Action<Diagnostic> report)
    {
        var text = value.Value!;
        var length = TextLength.CodePoints(text);
        string? problem = null;
        string? rule = null;
        if (rules.MinLength > 0 && length < rules.MinLength)
        {
            problem = length == 0 ? TextProblems.Empty : TextProblems.TooShort;
            rule = RuleMessages.AtLeastLong(property.JsonName, rules.MinLength);
        }
        else if (rules.MaxLength >= 0 && length > rules.MaxLength)
        {
            problem = TextProblems.TooLong;
            rule = RuleMessages.AtMostLong(property.JsonName, rules.MaxLength);
        }
        else if (rules.Pattern is { } pattern && PatternRejects(pattern, text))
        {
            problem = text.All(char.IsWhiteSpace) ? TextProblems.WhitespaceOnly : TextProblems.NotMatching;
            rule = RuleMessages.MustMatch(property.JsonName, pattern);
        }

        if (problem is null)
        {
            return true;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Property, property.JsonName);
        report(Diagnostic.Create(RequestDiagnostics.InvalidText, value.Syntax!.GetLocation(), properties, property.JsonName, problem, rule));
        return false;
    }

    private void CheckRule(ConstructionSite site, RuleMetadata rule, Action<Diagnostic> report)
    {
        var request = site.Request;
        if (!request.Judges(rule, _provider) || request.ByJsonName(rule.IfProperty) is not { } condition || request.ByJsonName(rule.ThenProperty) is not { } target)
        {
            return;
        }

        // A with over a read receiver judges only what it changes; the receiver's own site judged the rest.
        if (JudgesOnlyWhatItSets(site) && !site.Sets(condition) && !site.Sets(target))
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
                var missing = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Property, target.JsonName);
                report(Diagnostic.Create(
                    RequestDiagnostics.CombinationNotAllowed,
                    site.Node.GetLocation(),
                    missing,
                    RuleMessages.NotAllowed(rule.ThenProperty, RuleMessages.NotSet, When(rule, condition, conditionValue)),
                    RuleMessages.MustBe(rule.ThenProperty, Narrow(request, target, rule.ThenValues))));
            }

            return;
        }

        if (rule.ThenValues.Contains(targetValue.Value!) || !Admitted(request, target, targetValue.Value!))
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
            RuleMessages.NotAllowed(rule.ThenProperty, targetValue.Value!, when),
            RuleMessages.MustBe(rule.ThenProperty, rule.ThenValues)));
    }

    /// <summary>
    /// Whether a combination check applies to the target's value, as the validator decides: a closed enum's value
    /// outside its enum (and outside the provider's list) is already reported as invalid, and a combination check on
    /// it would only repeat that; any other value is checked.
    /// </summary>
    private bool Admitted(RequestMetadata request, PropertyMetadata target, string value)
    {
        if (target.Enum is not { IsOpen: false } enumeration || enumeration.Values.Contains(value))
        {
            return true;
        }

        var byProvider = request.AllowedByProvider(_provider, target.JsonName);
        return !byProvider.IsDefault && byProvider.Contains(value);
    }

    private static string When(RuleMetadata rule, PropertyMetadata condition, SiteValue value) =>
        RuleMessages.When(rule.IfProperty, value.State == ValueState.Absent ? null : value.Value, condition.Default);

    /// <summary>
    /// Whether a with judges a rule only when it sets one of the rule's properties: it copies a request the analyzer
    /// read, whose own site judged the rest. A copy of a request written only to be copied judges every rule.
    /// </summary>
    private static bool JudgesOnlyWhatItSets(ConstructionSite site) =>
        site.Copies && !(site.Node is WithExpressionSyntax with && IsWrittenToBeCopied(with.Expression));

    private static bool IsWrittenToBeCopied(ExpressionSyntax receiver) => Unparenthesized(receiver) switch
    {
        BaseObjectCreationExpressionSyntax => true,
        WithExpressionSyntax inner => IsWrittenToBeCopied(inner.Expression),
        _ => false,
    };

    /// <summary>Whether <paramref name="node"/> is the receiver of a with (in parentheses or not).</summary>
    private static bool IsCopied(SyntaxNode node)
    {
        var current = node;
        while (current.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            current = parenthesized;
        }

        return current.Parent is WithExpressionSyntax with && with.Expression == current;
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax parenthesized ? Unparenthesized(parenthesized.Expression) : expression;

    /// <summary>
    /// A required property the site sets to null (the validator's <c>missing_required</c>). A builder is not judged:
    /// its constructor throws on null before any validation.
    /// </summary>
    private static void CheckRequired(ConstructionSite site, PropertyMetadata property, Action<Diagnostic> report)
    {
        if (!property.Required || !site.Sets(property) || site[property].State != ValueState.Absent || site.Form == FixProperties.BuilderForm)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Property, property.JsonName);
        report(Diagnostic.Create(
            RequestDiagnostics.InvalidText, site.Node.GetLocation(), properties, property.JsonName, TextProblems.NotSet, RuleMessages.Required(property.JsonName)));
    }

    /// <summary>A number's bounds, as the validator checks them: one diagnostic naming the first bound it breaks.</summary>
    private static void CheckNumber(PropertyMetadata property, SiteValue value, Action<Diagnostic> report)
    {
        var numbers = property.Numbers;
        if (NumberRule.Broken(property.JsonName, value.Value!, numbers.Minimum, numbers.ExclusiveMinimum, numbers.Maximum, numbers.ExclusiveMaximum, numbers.MultipleOf).FirstOrDefault() is not { } rule)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Property, property.JsonName);
        report(Diagnostic.Create(RequestDiagnostics.NumberOutOfRange, value.Syntax!.GetLocation(), properties, property.JsonName, value.Value, rule));
    }

    /// <summary>
    /// An exactly-one group, judged only when the site knows of every member whether it is set: a value the analyzer
    /// cannot read may be null at run time, so it never guesses.
    /// </summary>
    private static void CheckExactlyOne(ConstructionSite site, ImmutableArray<string> group, Action<Diagnostic> report)
    {
        var members = group.Select(site.Request.ByJsonName).ToList();
        if (members.Any(m => m is null) || (JudgesOnlyWhatItSets(site) && !members.Any(m => site.Sets(m!))))
        {
            return;
        }

        var values = members.Select(m => site[m!]).ToList();
        if (values.Any(v => v.State == ValueState.Unknown))
        {
            return;
        }

        var set = values.Count(v => v.State == ValueState.Known);
        if (set == 1)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Property, group[0]);
        var location = set == 0 ? site.Node.GetLocation() : values.First(v => v.State == ValueState.Known).Syntax!.GetLocation();
        report(Diagnostic.Create(
            RequestDiagnostics.CombinationNotAllowed,
            location,
            properties,
            RuleMessages.SetCount(group, set),
            RuleMessages.ExactlyOne(group)));
    }

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
    private ImmutableArray<string> AllowedAtSite(ConstructionSite site, PropertyMetadata property, ImmutableArray<string> allowed)
    {
        var candidates = allowed;
        foreach (var rule in site.Request.Rules)
        {
            if (rule.ThenProperty != property.JsonName || !site.Request.Judges(rule, _provider) || site.Request.ByJsonName(rule.IfProperty) is not { } condition)
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
}
