using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using Sora.Cli.Output;

namespace Sora.Cli.Tests;

/// <summary>Problem 7: a failed call names its underlying cause in the user's terms, whichever layer reported it.</summary>
public sealed class ErrorCauseTests
{
    public static TheoryData<Exception, string?> Failures() => new()
    {
        { Wrapped(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (nosuch.example:443)", new SocketException((int)SocketError.HostNotFound))), "DNS: the host name could not be resolved" },
        { Wrapped(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused))), "connection refused: nothing listens at that host and port" },
        { Wrapped(new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established", new AuthenticationException("remote certificate is invalid"))), "TLS: the secure connection could not be established" },
        { Wrapped(new TaskCanceledException("timed out", new TimeoutException("The operation was canceled."))), "timeout: the server did not answer in time" },
        { Wrapped(new HttpRequestException("something else")), null },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void TheCauseIsNamedFromTheInnermostFailureItKnows(Exception failure, string? expected)
    {
        Assert.Equal(expected, ErrorCause.Name(failure));
    }

    [Fact]
    public void TheVerboseChainListsEachUnderlyingFailureOutermostFirstWithoutTheOuterOne()
    {
        var failure = Wrapped(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:1)", new SocketException((int)SocketError.ConnectionRefused)));

        var chain = ErrorCause.Chain(failure).ToList();

        Assert.Equal(2, chain.Count);
        Assert.Equal("HttpRequestException: Connection refused (127.0.0.1:1)", chain[0]);
        Assert.StartsWith("SocketException: ", chain[1], StringComparison.Ordinal);
    }

    private static Exception Wrapped(Exception cause) => new InvalidOperationException("listVideos did not complete", cause);
}
