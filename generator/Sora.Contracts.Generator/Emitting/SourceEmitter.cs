using System;
using System.Collections.Generic;
using System.Linq;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>Splits a spec model into per-file units (stable hint names, ordinal order) and turns a unit into text.</summary>
internal static class SourceEmitter
{
    public static EquatableArray<EmitUnit> Split(SpecModel model)
    {
        var ns = model.Namespace;
        var prefix = model.SpecName + ".";
        var units = new List<EmitUnit>();
        var unions = model.Unions;
        foreach (var e in model.Enums)
        {
            units.Add(new EnumUnit(prefix + HintPart(e.Name) + ".g.cs", ns, e));
        }

        foreach (var o in model.Objects)
        {
            var used = unions.Where(u => o.Properties.Any(p => p.Type.Name == u.Name)).ToEquatableArray();
            units.Add(new ObjectUnit(prefix + HintPart(o.Name) + ".g.cs", ns, o, used));
        }

        foreach (var u in unions)
        {
            units.Add(new UnionUnit(prefix + HintPart(u.Name) + ".g.cs", ns, u));
        }

        if (model.Enums.Count + model.Objects.Count + model.Unions.Count == 0)
        {
            return units.ToEquatableArray();
        }

        units.Add(new ProviderUnit(prefix + "SoraProvider.g.cs", ns, model.Providers));
        units.Add(new OperationsUnit(prefix + "SoraOperations.g.cs", ns, model.Operations));
        units.Add(new RetryUnit(prefix + "SoraRetryGuidance.g.cs", ns, model.Retry));
        units.Add(new PollingUnit(prefix + "SoraPolling.g.cs", ns, model.Polling));
        var typeNames = model.Enums.Select(e => e.Name).Concat(model.Objects.Select(o => o.Name)).Concat(unions.Select(u => u.Name))
            .OrderBy(n => n, StringComparer.Ordinal);
        units.Add(new JsonContextUnit(prefix + "SoraJsonContext.g.cs", ns, typeNames.ToEquatableArray()));
        return units.OrderBy(u => u.HintName, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// A type name as part of a hint name: the compiler takes only some characters there, so a letter outside ASCII
    /// (a type named from a unicode schema name) is written as its code (<c>_u00D1</c>), which no type name contains.
    /// </summary>
    private static string HintPart(string typeName)
    {
        var builder = new System.Text.StringBuilder(typeName.Length);
        foreach (var c in typeName)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("_u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    public static string Emit(EmitUnit unit) => unit switch
    {
        EnumUnit e => ValueTypeEmitter.Emit(e),
        ObjectUnit o => ObjectEmitter.Emit(o),
        UnionUnit u => UnionEmitter.Emit(u),
        ProviderUnit p => ProviderEmitter.Emit(p),
        OperationsUnit o => ProtocolEmitter.EmitOperations(o),
        RetryUnit r => ProtocolEmitter.EmitRetry(r),
        PollingUnit p => ProtocolEmitter.EmitPolling(p),
        JsonContextUnit j => JsonContextEmitter.Emit(j),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit.GetType().Name),
    };
}
