namespace Sora.Contracts.SpecReader.Model;

/// <summary>A spec problem as a value: the descriptor id, its message arguments and where it is.</summary>
internal sealed record DiagnosticInfo(string Id, SpecLocation? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, SpecLocation? location, params string[] arguments) =>
        new(id, location, arguments.ToEquatableArray());
}
