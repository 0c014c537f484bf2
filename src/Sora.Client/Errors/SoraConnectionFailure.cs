namespace Sora.Client;

/// <summary>At which point a call without a usable response failed.</summary>
public enum SoraConnectionFailure
{
    /// <summary>No connection was made (refused, name not resolved, TLS handshake failed): nothing was sent.</summary>
    ConnectFailed,

    /// <summary>The request was sent, or may have been, and the connection then failed (reset, closed, protocol error).</summary>
    SendFailed,

    /// <summary>No response arrived in time.</summary>
    TimedOut,

    /// <summary>The response started but its body broke off.</summary>
    ResponseInterrupted,
}
