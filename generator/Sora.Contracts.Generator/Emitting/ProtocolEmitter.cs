using System.Globalization;
using System.Linq;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits the protocol facts a client needs from the spec: the operations (method, path, content types), the retry
/// guidance per status (<c>x-sora-retry</c>) and the polling guidance (<c>x-sora-polling</c>).
/// </summary>
internal static class ProtocolEmitter
{
    public static string EmitOperations(OperationsUnit unit)
    {
        var w = new CodeWriter();
        CSharp.FileHeader(w, unit.Namespace);
        w.Line("/// <summary>The operations of the spec: method, path template and request content types.</summary>");
        w.Line(CSharp.GeneratedCode);
        w.Open("public static partial class SoraOperations");
        foreach (var op in unit.Operations)
        {
            w.Line($"/// <summary><c>{op.Method} {CSharp.Xml(op.Path)}</c> ({CSharp.Xml(op.OperationId)}).</summary>");
            w.Line($"public static {CSharp.Runtime}.SoraOperation {op.Identifier} {{ get; }} = new {CSharp.Runtime}.SoraOperation({CSharp.Literal(op.OperationId)}, {CSharp.Literal(op.Method)}, {CSharp.Literal(op.Path)}, {CSharp.ReadOnlyArray(op.RequestContentTypes)}, {Nullable(op.RequestSchema)}, {Nullable(op.ResponseSchema)}, {Parameters(op)});");
            w.Line();
        }

        w.Line("/// <summary>Every operation, in spec order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{CSharp.Runtime}.SoraOperation> All {{ get; }} = global::System.Array.AsReadOnly(new {CSharp.Runtime}.SoraOperation[] {{ {string.Join(", ", unit.Operations.Select(o => o.Identifier))} }});");
        w.Close();
        return w.ToString();
    }

    public static string EmitRetry(RetryUnit unit)
    {
        var w = new CodeWriter();
        CSharp.FileHeader(w, unit.Namespace);
        w.Line("/// <summary>Which error statuses the spec says to retry (<c>x-sora-retry</c>).</summary>");
        w.Line(CSharp.GeneratedCode);
        w.Open("public static partial class SoraRetryGuidance");
        w.Line("/// <summary>True: retry with backoff. False: never retry. Null: the spec does not say.</summary>");
        w.Open("public static bool? IsRetryable(int statusCode) => statusCode switch");
        foreach (var retry in unit.Retry)
        {
            w.Line($"{retry.StatusCode.ToString(CultureInfo.InvariantCulture)} => {(retry.Retryable ? "true" : "false")},");
        }

        w.Line("_ => null,");
        w.Close(";");
        w.Close();
        return w.ToString();
    }

    public static string EmitPolling(PollingUnit unit)
    {
        var w = new CodeWriter();
        CSharp.FileHeader(w, unit.Namespace);
        w.Line("/// <summary>How the spec advises polling a job (<c>x-sora-polling</c>).</summary>");
        w.Line(CSharp.GeneratedCode);
        w.Open("public static partial class SoraPolling");
        var first = true;
        foreach (var setting in unit.Settings)
        {
            if (!first)
            {
                w.Line();
            }

            w.Line($"/// <summary>The guidance <c>{CSharp.Xml(setting.Key)}</c>.</summary>");
            w.Line($"public static {Settings.ValueType(setting, nullable: false)} {Settings.Name(setting)} => {Settings.Expression(setting)};");
            first = false;
        }

        w.Close();
        return w.ToString();
    }

    private static string Nullable(string? value) => value is null ? "null" : CSharp.Literal(value);

    private static string Nullable(long? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture) + "L";

    private static string Parameters(OperationModel op)
    {
        var type = CSharp.Runtime + ".SoraParameter";
        return op.Parameters.IsEmpty
            ? $"global::System.Array.AsReadOnly(global::System.Array.Empty<{type}>())"
            : $"global::System.Array.AsReadOnly(new {type}[] {{ {string.Join(", ", op.Parameters.Select(p => $"new {type}({CSharp.Literal(p.Name)}, {CSharp.Literal(p.In)}, {(p.Required ? "true" : "false")}, {Nullable(p.Minimum)}, {Nullable(p.Maximum)})"))} }})";
    }
}
