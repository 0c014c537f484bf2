namespace Sora.Contracts;

/// <summary>An operation of the spec: what a client sends where.</summary>
/// <param name="OperationId">The spec's operationId.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="PathTemplate">The path relative to the base URL, with <c>{name}</c> placeholders.</param>
/// <param name="RequestContentTypes">The request body's content types, in spec order (empty without a body).</param>
/// <param name="RequestSchema">The request body's schema name, if any.</param>
/// <param name="ResponseSchema">The success response's JSON schema name, if any.</param>
/// <param name="Parameters">The path, query and header parameters, in spec order.</param>
public sealed record SoraOperation(
    string OperationId,
    string Method,
    string PathTemplate,
    IReadOnlyList<string> RequestContentTypes,
    string? RequestSchema,
    string? ResponseSchema,
    IReadOnlyList<SoraParameter> Parameters)
{
    /// <summary>The parameter with this name, or null.</summary>
    public SoraParameter? FindParameter(string name) => Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>The path with one placeholder filled in (the value is URL-escaped).</summary>
    /// <exception cref="ArgumentException">The template has no such placeholder.</exception>
    public string ExpandPath(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var placeholder = "{" + name + "}";
        if (!PathTemplate.Contains(placeholder, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The path '{PathTemplate}' has no placeholder '{placeholder}'.", nameof(name));
        }

        return PathTemplate.Replace(placeholder, Uri.EscapeDataString(value), StringComparison.Ordinal);
    }
}
