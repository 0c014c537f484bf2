using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// One generated file and exactly the slice of the model it is made from. The pipeline caches units by value, so
/// editing one schema re-emits only the files whose slice changed.
/// </summary>
internal abstract record EmitUnit(string HintName, string Namespace);

internal sealed record EnumUnit(string HintName, string Namespace, EnumModel Model) : EmitUnit(HintName, Namespace);

internal sealed record ObjectUnit(string HintName, string Namespace, ObjectModel Model, EquatableArray<UnionModel> Unions) : EmitUnit(HintName, Namespace);

internal sealed record UnionUnit(string HintName, string Namespace, UnionModel Model) : EmitUnit(HintName, Namespace);

internal sealed record ProviderUnit(string HintName, string Namespace, EquatableArray<ProviderModel> Providers) : EmitUnit(HintName, Namespace);

internal sealed record OperationsUnit(string HintName, string Namespace, EquatableArray<OperationModel> Operations) : EmitUnit(HintName, Namespace);

internal sealed record PollingUnit(string HintName, string Namespace, EquatableArray<SettingModel> Settings) : EmitUnit(HintName, Namespace);

internal sealed record RetryUnit(string HintName, string Namespace, EquatableArray<RetryModel> Retry) : EmitUnit(HintName, Namespace);

internal sealed record JsonContextUnit(string HintName, string Namespace, EquatableArray<string> TypeNames) : EmitUnit(HintName, Namespace);
