using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Sora.Cli.Commands;

/// <summary>Parsing rules shared by several commands, with errors that read as one short line.</summary>
internal static class OptionSyntax
{
    private const string UnrecognizedPrefix = "unrecognized option '";

    /// <summary><c>--sise</c> or <c>-x</c>: a token meant as a flag, not text.</summary>
    public static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && (char.IsLetter(token[1]) || token[1] == '-') && !token.Contains(' ', StringComparison.Ordinal);

    public static string Unrecognized(string token, string suggestion = "") => UnrecognizedPrefix + token + "'" + suggestion + ".";

    /// <summary>The token an <see cref="Unrecognized"/> message names, or null for any other message.</summary>
    public static string? UnrecognizedToken(string message) =>
        message.StartsWith(UnrecognizedPrefix, StringComparison.Ordinal) && message.IndexOf('\'', UnrecognizedPrefix.Length) is var end and > 0
            ? message[UnrecognizedPrefix.Length..end]
            : null;

    /// <summary>
    /// A text argument that is really a mistyped flag: System.CommandLine hands an unknown <c>--flag</c> to a free-text
    /// argument, which would send "--sise" as the prompt and then complain about the flag's value instead.
    /// </summary>
    public static Argument<string> Text(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result =>
        {
            if (result.Tokens is [var token, ..] && LooksLikeOption(token.Value))
            {
                result.AddError(Unrecognized(token.Value));
            }
        });
        return argument;
    }

    /// <summary>A whole-number option whose error names the option, not a .NET type.</summary>
    public static Option<int?> WholeNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens is [var token, ..] ? token.Value : string.Empty;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{name} must be a whole number ('{text}' is not).");
            return null;
        },
    };
}
