namespace Sora.Client.Http;

/// <summary>
/// The query parameters the client fills, by the names the spec declares them under
/// (<see cref="Sora.Contracts.SoraOperation.Parameters"/>). A name says what a parameter means, so the client must know
/// it; its bounds come from the spec.
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
