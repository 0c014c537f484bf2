using System.Globalization;
using System.Text;
using Sora.Client;
using Sora.Contracts.Validation;

namespace Sora.Cli.Output;

/// <summary>Errors as one line on stderr (<c>sora: ...</c>), never holding the API key.</summary>
internal static class ErrorLine
{
    public static Task WriteAsync(TextWriter error, string message) => error.WriteLineAsync("sora: " + OneLine(message));

    /// <summary>The exit code for a failure the CLI expects; null for a bug, which should crash with its stack trace.</summary>
    public static int? Classify(Exception e, CancellationToken interrupt) => e switch
    {
        CliUsageException => ExitCodes.Usage,
        OperationCanceledException when interrupt.IsCancellationRequested => ExitCodes.Interrupted,
        SoraException or SoraValidationException or IOException or UnauthorizedAccessException => ExitCodes.Error,
        _ => null,
    };

    public static string Describe(Exception e, string? apiKey)
    {
        var text = e switch
        {
            OperationCanceledException => "interrupted.",
            SoraApiException api => DescribeApiError(api),
            SoraValidationException invalid => "the request is invalid: " + string.Join("; ", invalid.Violations.Select(ViolationText.Format)),
            _ => e.Message,
        };
        return string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, "***", StringComparison.Ordinal);
    }

    private static string DescribeApiError(SoraApiException api)
    {
        var text = new StringBuilder(api.StatusCode.ToString(CultureInfo.InvariantCulture));
        if (api.ErrorCode is { } code)
        {
            text.Append(' ').Append(code);
        }

        text.Append(": ").Append(api.ErrorMessage ?? api.BodyExcerpt ?? api.Message);
        if (api.RequestId is { } requestId)
        {
            text.Append(" (request id ").Append(requestId).Append(')');
        }

        return text.ToString();
    }

    // A server's message may hold line breaks; a one-line error must stay one line for scripts that read stderr.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
