using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sora.Client.Redaction;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// Random server text (a message, a job id, a Location) with the key hidden at a random place, each character in a
/// random case and written plainly or in one of the URL and JSON encodings (once or twice over): the redacted text
/// never shows the key to <see cref="KeyScan"/>, and always shows the mask where it was.
/// </summary>
public sealed class RedactionProperties
{
    private const string Key = HostileRig.Key;

    [Property(Arbitrary = [typeof(EchoArbitraries)], MaxTest = 500)]
    public bool TheKeyNeverSurvivesRedaction(Echo echo)
    {
        var redacted = SecretRedactor.For(Key).Redact(echo.Text)!;

        return KeyScan.Occurrences(redacted, Key) == 0 && redacted.Contains(SecretRedactor.Mask, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(EchoArbitraries)], MaxTest = 500)]
    public bool TextWithoutTheKeyIsLeftAsItIs(Noise noise) =>
        SecretRedactor.For(Key).Redact(noise.Text) == noise.Text;
}

/// <summary>Server text with the key hidden in it.</summary>
public sealed record Echo(string Text)
{
    public override string ToString() => Text;
}

/// <summary>Server text that does not hold the key.</summary>
public sealed record Noise(string Text)
{
    public override string ToString() => Text;
}

public static class EchoArbitraries
{
    // Characters that could confuse a decoder (escape openers, hex digits, 'u', quotes, markup) and some that are not ASCII.
    private static readonly char[] s_noise = [.. "abcdefxyzABCDEF0123456789%\\u\"'<>/-_ ?&=.:", 'é', 'ſ', '✓', '\u00A0'];

    public static Arbitrary<Echo> Echo() =>
        (from form in Gen.Elements("message", "id", "location")
         from before in NoiseText()
         from after in NoiseText()
         from key in HiddenKey()
         select new Echo(form switch
         {
             "id" => before.Replace("/", string.Empty, StringComparison.Ordinal) + key,
             "location" => "https://cdn.example.net/" + before + key + "/video.mp4?sig=" + after,
             _ => before + key + after,
         })).ToArbitrary();

    public static Arbitrary<Noise> Noise() =>
        NoiseText().Where(text => KeyScan.Occurrences(text, HostileRig.Key) == 0).Select(text => new Noise(text)).ToArbitrary();

    private static Gen<string> NoiseText() => Gen.ArrayOf(Gen.Elements(s_noise)).Select(chars => new string(chars));

    private static Gen<string> HiddenKey() =>
        Gen.CollectToArray(HostileRig.Key.Select(Rendering)).Select(string.Concat);

    // One character of the key: in either case, plain or encoded once or twice over, with hex digits in either case.
    private static Gen<string> Rendering(char c) =>
        from upper in Gen.Elements(true, false)
        from upperHex in Gen.Elements(true, false)
        from form in Gen.Choose(0, 6)
        let cased = upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)
        let hex2 = ((int)cased).ToString(upperHex ? "X2" : "x2", CultureInfo.InvariantCulture)
        let hex4 = ((int)cased).ToString(upperHex ? "X4" : "x4", CultureInfo.InvariantCulture)
        select form switch
        {
            0 or 1 => cased.ToString(),
            2 => "%" + hex2,
            3 => "\\u" + hex4,
            4 => "%25" + hex2,
            5 => "%5Cu" + hex4,
            _ => "\\\\u" + hex4,
        };
}
