using System.Linq;
using Sora.Contracts.RuleKernel;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits what <c>x-sora-accepted-by</c> says about provider-only properties: the metadata attribute the analyzer
/// reads, and the check in <c>Validate(provider)</c> that a set one is refused by every provider not listed.
/// </summary>
internal static class AcceptanceEmitter
{
    public static void EmitAttributes(CodeWriter w, ObjectModel model)
    {
        foreach (var accepted in model.AcceptedBy)
        {
            w.Line($"[{CSharp.Runtime}.Metadata.SoraAcceptedBy({CSharp.Literal(accepted.Property)}{string.Concat(accepted.Providers.Select(p => ", " + CSharp.Literal(p)))})]");
        }
    }

    public static void EmitChecks(CodeWriter w, ObjectModel model)
    {
        foreach (var accepted in model.AcceptedBy)
        {
            var property = model.Properties.First(p => p.JsonName == accepted.Property);
            var ids = string.Join(" or ", accepted.Providers.Select(CSharp.Literal));
            w.Open($"if (provider is not null && {property.Identifier} is not null && provider.Id is not ({ids}))");
            w.Line($"violations.Add(param ?? {CSharp.Literal(accepted.Property)}, {CSharp.Runtime}.Validation.SoraViolationCodes.UnsupportedParameter, {CSharp.Literal(RuleMessages.NotAcceptedByProvider(accepted.Property))} + provider.Id + {CSharp.Literal(RuleMessages.OnlyBy(accepted.Providers))});");
            w.Close();
        }
    }
}
