namespace Sora.Samples;

/// <summary>The sample's command line: a prompt, then optional --model, --size, --seconds, --image.</summary>
internal sealed record SampleArguments(string Prompt, string? Model, string? Size, string? Seconds, string? ImagePath)
{
    public const string Usage = "usage: Sora.Samples \"<prompt>\" [--model M] [--size WxH] [--seconds N] [--image file.png|jpg|webp]";

    public static SampleArguments Parse(IReadOnlyList<string> args)
    {
        string? prompt = null, model = null, size = null, seconds = null, image = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                prompt = prompt is null ? arg : throw new ArgumentException($"unexpected argument '{arg}' (the prompt is already '{prompt}')");
                continue;
            }

            if (arg is not ("--model" or "--size" or "--seconds" or "--image"))
            {
                throw new ArgumentException($"unknown option '{arg}'");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{arg} needs a value");
            }

            var value = args[++i];
            switch (arg)
            {
                case "--model": model = value; break;
                case "--size": size = value; break;
                case "--seconds": seconds = value; break;
                default: image = value; break;
            }
        }

        return new SampleArguments(prompt ?? throw new ArgumentException("a prompt is required"), model, size, seconds, image);
    }
}
