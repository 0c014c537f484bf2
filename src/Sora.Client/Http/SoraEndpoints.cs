using System.Text;
using Sora.Contracts;

namespace Sora.Client.Http;

/// <summary>
/// Turns a spec operation into a URL under the base address, keeping the base's path (Azure's base ends in
/// <c>/openai/v1</c>): the operation's path template is appended, its one placeholder filled with the id.
/// </summary>
internal sealed class SoraEndpoints
{
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

    // The spec names the placeholder (video_id); reading it from the template keeps that name out of hand-written code.
    private static string PlaceholderOf(SoraOperation operation)
    {
        var template = operation.PathTemplate;
        var open = template.IndexOf('{', StringComparison.Ordinal);
        var close = open < 0 ? -1 : template.IndexOf('}', open);
        return close > open
            ? template.Substring(open + 1, close - open - 1)
            : throw new InvalidOperationException($"The operation {operation.OperationId} ({template}) takes no id.");
    }
}
