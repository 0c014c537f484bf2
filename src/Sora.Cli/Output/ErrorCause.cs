using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Sora.Cli.Output;

/// <summary>
/// What really went wrong under a failed call, in the user's terms: a name that does not resolve, a port nobody
/// listens on, a TLS handshake, a timeout. The client's own message only says the call did not complete.
/// </summary>
internal static class ErrorCause
{
    private const string Dns = "DNS: the host name could not be resolved";
    private const string Refused = "connection refused: nothing listens at that host and port";
    private const string Tls = "TLS: the secure connection could not be established";
    private const string Timeout = "timeout: the server did not answer in time";

    /// <summary>The underlying cause in a few words, or null when the chain names none the CLI knows.</summary>
    public static string? Name(Exception failure)
    {
        foreach (var e in Causes(failure))
        {
            var named = e switch
            {
                SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData } => Dns,
                SocketException { SocketErrorCode: SocketError.ConnectionRefused } => Refused,
                SocketException { SocketErrorCode: SocketError.TimedOut } => Timeout,
                AuthenticationException => Tls,
                TimeoutException => Timeout,
                HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => Dns,
                HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => Tls,
                _ => null,
            };
            if (named is not null)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>Each underlying failure, outermost first, as <c>Type: message</c> (what <c>--verbose</c> prints).</summary>
    public static IEnumerable<string> Chain(Exception failure) =>
        Causes(failure).Skip(1).Select(e => e.GetType().Name + ": " + e.Message);

    private static IEnumerable<Exception> Causes(Exception failure)
    {
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Count > 1)
            {
                yield break;
            }
        }
    }
}
