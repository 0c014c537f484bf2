using System.Text.Json;

namespace Sora.Contracts.Http;

/// <summary>A generated request body: its JSON form and the files that must travel as multipart parts.</summary>
public interface ISoraRequestBody
{
    /// <summary>The files the body holds, each with its form field name; empty when it holds none.</summary>
    IReadOnlyList<SoraFormFile> GetFiles();

    /// <summary>Writes the body as JSON, leaving out the files (which JSON cannot carry).</summary>
    void WriteJson(Utf8JsonWriter writer);
}
