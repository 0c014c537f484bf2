using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Sora.Contracts.Generator.Diagnostics;
using Sora.Contracts.Generator.Emitting;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Parsing;

namespace Sora.Contracts.Generator;

/// <summary>
/// Generates value types, DTOs, validators, builders, provider profiles, protocol metadata and a JSON context from
/// every additional file marked as a Sora spec (<c>&lt;SoraSpec Include="..." /&gt;</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SoraSpecGenerator : IIncrementalGenerator
{
    /// <summary>The names of the tracked pipeline steps, for incrementality tests.</summary>
    public static class TrackingNames
    {
        /// <summary>The spec files' text and target namespace.</summary>
        public const string SpecInput = "SoraSpecInput";

        /// <summary>The parsed, value-equal spec model.</summary>
        public const string Model = "SoraSpecModel";

        /// <summary>The diagnostics of each spec.</summary>
        public const string Diagnostics = "SoraSpecDiagnostics";

        /// <summary>One unit per generated file.</summary>
        public const string Units = "SoraEmitUnits";
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecInput.From(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecInput);

        var models = inputs
            .Select(static (input, _) => SpecParser.ParseReportingBugs(input.Path, input.Text, input.Namespace))
            .WithTrackingName(TrackingNames.Model);

        var diagnostics = models
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, found) =>
        {
            foreach (var diagnostic in found)
            {
                output.ReportDiagnostic(ToDiagnostic(diagnostic));
            }
        });

        var units = models
            .SelectMany(static (model, _) => SourceEmitter.Split(model))
            .WithTrackingName(TrackingNames.Units);
        context.RegisterSourceOutput(units, static (output, unit) => Emit(output, unit));
    }

    private static void Emit(SourceProductionContext output, EmitUnit unit)
    {
        string text;
        try
        {
            text = SourceEmitter.Emit(unit);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            output.ReportDiagnostic(Diagnostic.Create(SpecDescriptors.InternalError, Location.None, unit.HintName + ": " + ex.GetType().Name + ": " + ex.Message));
            return;
        }

        output.AddSource(unit.HintName, SourceText.From(text, Encoding.UTF8));
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = SpecDescriptors.ById[info.Id];
        var location = info.Location is { } at
            ? Location.Create(at.Path, new TextSpan(at.Start, at.Length), new LinePositionSpan(new LinePosition(at.StartLine, at.StartColumn), new LinePosition(at.EndLine, at.EndColumn)))
            : Location.None;
        var arguments = new object[info.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = info.Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, arguments);
    }
}
