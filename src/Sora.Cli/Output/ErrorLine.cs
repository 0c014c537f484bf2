using System.Globalization;
using System.Text;
using Sora.Client;
using Sora.Contracts.Validation;

namespace Sora.Cli.Output;

/// <summary>Errors as one line on stderr (<c>sora: ...</c>), never holding the API key nor a raw control character.</summary>
internal static class ErrorLine
{
    public static Task WriteAsync(TextWriter error, string message) => error.WriteLineAsync("sora: " + OneLine(message));

    /// <summary>The exit code for a failure the CLI expects; null for a bug, which should crash with its stack trace.</summary>
    public static int? Classify(Exception e, CancellationToken interrupt) => e switch
    {
        JobMayExistException maybe => Classify(maybe.InnerException!, interrupt),
        JobCreatedException created => Classify(created.InnerException!, interrupt) ?? ExitCodes.Error,
        CliUsageException => ExitCodes.Usage,

        // The client refuses an operation the provider's profile does not offer (a remix on a server without one).
        NotSupportedException => ExitCodes.Usage,
        OperationCanceledException when interrupt.IsCancellationRequested => ExitCodes.Interrupted,
        SoraException or IOException or UnauthorizedAccessException or UnusableAnswerException => ExitCodes.Error,
        _ => null,
    };

    /// <summary>The error's text; whatever a server put in it is shown through <paramref name="text"/>.</summary>
    public static string Describe(Exception e, SafeText text) => e switch
    {
        JobMayExistException maybe => Describe(maybe.InnerException!, text) + " " + JobMayExistException.Advice,
        JobCreatedException created => Describe(created.InnerException!, text) + " " + created.Advice,
        OperationCanceledException => "interrupted.",
        SoraApiException api => DescribeApiError(api, text),
        SoraConnectionException connection when ErrorCause.Name(connection) is { } cause => text.Show(connection.Message) + " Cause: " + cause + ".",
        SoraValidationException invalid => "the request is invalid: " + string.Join("; ", invalid.Violations.Select(ViolationText.Format)),
        _ => text.Show(WithoutLibraryAdvice(e.Message)),
    };

    // The client's refusal of an http download link suggests a library option the CLI has no flag for: a user of the
    // command cannot act on it, and the rest of the message already says what was refused and why.
    private static string WithoutLibraryAdvice(string message) =>
        message.Replace($" (set {nameof(SoraClientOptions.AllowInsecureHttp)} to allow it)", string.Empty, StringComparison.Ordinal);

    private static string DescribeApiError(SoraApiException api, SafeText text)
    {
        var line = new StringBuilder(api.StatusCode.ToString(CultureInfo.InvariantCulture));
        if (api.ErrorCode is { } code)
        {
            line.Append(' ').Append(text.Show(code));
        }

        line.Append(": ").Append(text.Show(api.ErrorMessage ?? api.BodyExcerpt ?? api.Message));
        if (api.RequestId is { } requestId)
        {
            line.Append(" (request id ").Append(text.Show(requestId)).Append(')');
        }

        return line.ToString();
    }

    // A server's message may hold line breaks; a one-line error must stay one line for scripts that read stderr.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
