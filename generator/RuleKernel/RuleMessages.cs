using System.Collections.Generic;
using System.Globalization;

namespace Sora.Contracts.RuleKernel;

/// <summary>
/// The API-style words of each rule ("size must be 720x1280 or 1280x720"): what a generated validator's violation
/// says at run time, and the rule an analyzer diagnostic quotes at compile time, so that both say the same.
/// </summary>
internal static class RuleMessages
{
    public static string Required(string property) => property + " is required";

    public static string MustBe<T>(string property, IReadOnlyList<T> values) => property + " must be " + ValueList.OrList(values);

    public static string MustBeWithProvider(string property, IReadOnlyList<string> values, string provider) =>
        MustBe(property, values) + " with provider " + provider;

    /// <summary>
    /// The condition of an if/then rule: "when model is sora-2", or, for an absent value, "when model is not set"
    /// (with "(sora-2 by default)" when the default is given). With an empty <paramref name="value"/> it is the prefix a
    /// validator completes with the value it holds.
    /// </summary>
    public static string When(string property, string? value, string? @default = null) =>
        value is null
            ? "when " + property + " is not set" + (@default is null ? string.Empty : " (" + @default + " by default)")
            : "when " + property + " is " + value;

    public static string AtLeastLong(string property, long minimum) =>
        property + " must be at least " + Number(minimum) + " character" + (minimum == 1 ? string.Empty : "s") + " long";

    public static string AtMostLong(string property, long maximum) => property + " must be at most " + Number(maximum) + " characters long";

    public static string MustMatch(string property, string pattern) => property + " must match the pattern " + pattern;

    public static string MustMatchWithProvider(string property, string pattern, string provider) =>
        MustMatch(property, pattern) + " with provider " + provider;

    public static string CouldNotMatch(string property, string pattern) => property + " could not be checked against the pattern " + pattern;

    public static string AtLeast(string property, string bound) => property + " must be at least " + bound;

    public static string GreaterThan(string property, string bound) => property + " must be greater than " + bound;

    public static string AtMost(string property, string bound) => property + " must be at most " + bound;

    public static string LessThan(string property, string bound) => property + " must be less than " + bound;

    public static string MultipleOf(string property, string step) => property + " must be a multiple of " + step;

    public static string ExactlyOne(IReadOnlyList<string> properties) => "exactly one of " + ValueList.OrList(properties) + " must be set";

    /// <summary>The start of an unreadable upload's message, which the image reader's reason completes.</summary>
    public static string ImageUnreadable(string property) => property + ": ";

    /// <summary>The start of a wrong media type's message, which the type found and ")" complete.</summary>
    public static string MediaTypeMustBe(string property, IReadOnlyList<string> mediaTypes) => MustBe(property, mediaTypes) + " (it is ";

    /// <summary>The start of a wrong pixel size's message: the expected size, then <see cref="PixelsToMatch"/>.</summary>
    public static string PixelsMustBe(string property) => property + " must be ";

    /// <summary>The middle of a wrong pixel size's message, which the image's size and ")" complete.</summary>
    public static string PixelsToMatch(string source) => " pixels to match " + source + " (it is ";

    /// <summary>The start of a provider-only property's message, which the provider and <see cref="OnlyBy"/> complete.</summary>
    public static string NotAcceptedByProvider(string property) => property + " is not accepted by provider ";

    /// <summary>The end of a provider-only property's message: the providers that do take it.</summary>
    public static string OnlyBy(IReadOnlyList<string> providers) => " (only by " + string.Join(", ", providers) + ")";

    /// <summary>The whole message: "seed is not accepted by provider azure (only by vllm-omni)".</summary>
    public static string NotAcceptedBy(string property, string provider, IReadOnlyList<string> providers) =>
        NotAcceptedByProvider(property) + provider + OnlyBy(providers);

    /// <summary>What a compile-time diagnostic says before the rule: "size 1792x1024 is not allowed when model is sora-2".</summary>
    public static string NotAllowed(string property, string value, string when) => property + " " + value + " is not allowed " + when;

    /// <summary>What a compile-time diagnostic says of an exactly-one group before the rule, by how many are set.</summary>
    public static string SetCount(IReadOnlyList<string> properties, int set) =>
        set == 0 ? "none of " + ValueList.OrList(properties) + " is set" : ValueList.AndList(properties) + " are set together";

    /// <summary>How a diagnostic shows a value a rule requires and the code leaves out.</summary>
    public const string NotSet = "(not set)";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
