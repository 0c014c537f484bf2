using System.Text;
using Sora.Contracts;

namespace Sora.Client.Http;

/// <summary>
/// Turns a spec operation into a URL under the base address, keeping the base's path (Azure's base ends in
/// <c>/openai/v1</c>): the operation's path template is appended, its one placeholder filled with the id.
/// </summary>
internal sealed class SoraEndpoints
{
    // OpenAPI's name for a parameter that is part of the path.
    private const string PathLocation = "path";

    private readonly string _base;

    public SoraEndpoints(Uri baseAddress) => _base = baseAddress.AbsoluteUri.TrimEnd('/');

    /// <summary>The URL of <paramref name="operation"/>; <paramref name="id"/> fills the template's placeholder, if it has one.</summary>
    public Uri For(SoraOperation operation, string? id = null, IEnumerable<KeyValuePair<string, string?>>? query = null)
    {
        var path = id is null ? operation.PathTemplate : operation.ExpandPath(PlaceholderOf(operation), id);
        var url = new StringBuilder(_base).Append(path);
        var separator = '?';
        foreach (var (name, value) in query ?? [])
        {
            if (value is not null)
            {
                url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }

        return new Uri(url.ToString(), UriKind.Absolute);
    }

    // The spec declares the path parameter (video_id); reading its name keeps it out of hand-written code.
    private static string PlaceholderOf(SoraOperation operation) =>
        operation.Parameters.FirstOrDefault(p => p.In == PathLocation)?.Name
        ?? throw new InvalidOperationException($"The operation {operation.OperationId} ({operation.PathTemplate}) takes no id.");
}
