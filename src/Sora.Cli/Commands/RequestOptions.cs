using System.CommandLine;
using Sora.Cli.Files;
using Sora.Contracts;

namespace Sora.Cli.Commands;

/// <summary>The request flags <c>generate</c> and <c>validate</c> share, and the request they describe.</summary>
internal sealed class RequestOptions
{
    private readonly Option<string?> _model = new("--model") { Description = "The model; the spec's default when omitted (see 'sora providers')." };
    private readonly Option<string?> _size = new("--size") { Description = "WIDTHxHEIGHT; the spec's default when omitted." };
    private readonly Option<string?> _seconds = new("--seconds") { Description = "The duration in seconds; the spec's default when omitted." };
    private readonly Option<string?> _image = new("--image") { Description = "A JPEG, PNG or WebP to start from; its pixel size must equal --size." };

    public void AddTo(Command command)
    {
        command.Options.Add(_model);
        command.Options.Add(_size);
        command.Options.Add(_seconds);
        command.Options.Add(_image);
    }

    /// <summary>Whether any request flag was given (they cannot be mixed with a request file).</summary>
    public bool AnyGiven(ParseResult parsed) =>
        parsed.GetResult(_model) is not null || parsed.GetResult(_size) is not null || parsed.GetResult(_seconds) is not null || parsed.GetResult(_image) is not null;

    /// <summary>The request as the flags describe it; values are kept as typed, so validation judges them.</summary>
    /// <exception cref="CliUsageException">The image file cannot be read.</exception>
    public async Task<CreateVideoRequest> BuildAsync(CliIo io, ParseResult parsed, string prompt, CancellationToken cancellationToken)
    {
        var request = new CreateVideoRequest(prompt);
        if (parsed.GetValue(_model) is { } model)
        {
            request = request with { Model = model };
        }

        if (parsed.GetValue(_size) is { } size)
        {
            request = request with { Size = size };
        }

        if (parsed.GetValue(_seconds) is { } seconds)
        {
            request = request with { Seconds = seconds };
        }

        if (parsed.GetValue(_image) is { } image)
        {
            request = request with { InputReference = await ReadImageAsync(io, image, cancellationToken).ConfigureAwait(false) };
        }

        return request;
    }

    private static async Task<FileUpload> ReadImageAsync(CliIo io, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await FileUpload.FromFileAsync(io.FullPath(path), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException("--image: " + FileErrors.CannotRead(io, path, e));
        }
    }
}
