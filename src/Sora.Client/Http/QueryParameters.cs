namespace Sora.Client.Http;

/// <summary>
/// The query parameters of the spec's operations. The generator describes paths and bodies but not query parameters,
/// so their wire names are kept here, in one place.
/// </summary>
internal static class QueryParameters
{
    /// <summary><c>GET /videos</c>: the cursor, the previous page's last id.</summary>
    public const string After = "after";

    /// <summary><c>GET /videos</c>: the page size.</summary>
    public const string Limit = "limit";

    /// <summary><c>GET /videos</c>: the sort order.</summary>
    public const string Order = "order";

    /// <summary><c>GET /videos/{id}/content</c>: which asset.</summary>
    public const string Variant = "variant";
}
