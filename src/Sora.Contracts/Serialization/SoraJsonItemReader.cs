using System.Text.Json;

namespace Sora.Contracts.Serialization;

/// <summary>Reads one array item at the reader's current token (used by generated converters).</summary>
public delegate T SoraJsonItemReader<out T>(ref Utf8JsonReader reader);
