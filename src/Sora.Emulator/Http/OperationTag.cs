namespace Sora.Emulator.Http;

/// <summary>Endpoint metadata: which spec operation an endpoint serves, so faults can target one operation.</summary>
internal sealed record OperationTag(string OperationId);
