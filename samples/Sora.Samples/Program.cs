using System.Globalization;
using Sora.Contracts;
using Sora.Contracts.Http;
using Sora.Contracts.Validation;
using Sora.Samples;

// Builds a create request from the command line, shows how every provider profile of the spec judges it, and prints
// the JSON body and the multipart body (with an image of exactly the requested size) a client would send.
SampleArguments arguments;
try
{
    arguments = SampleArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}. {SampleArguments.Usage}");
    return 2;
}

var builder = new CreateVideoRequest.Builder(arguments.Prompt);
if (arguments.Model is not null)
{
    builder.WithModel(arguments.Model);
}

if (arguments.Size is not null)
{
    builder.WithSize(arguments.Size);
}

if (arguments.Seconds is not null)
{
    builder.WithSeconds(arguments.Seconds);
}

builder.TryBuild(out var built, out var result);
// TryBuild hands out only valid requests; to show how each provider judges an invalid one, make it directly.
var request = built ?? new CreateVideoRequest(arguments.Prompt)
{
    Model = arguments.Model is { } model ? model : default(VideoModel?),
    Size = arguments.Size is { } size ? size : default(VideoSize?),
    Seconds = arguments.Seconds is { } seconds ? seconds : default(VideoSeconds?),
};

Console.WriteLine("Request");
Console.WriteLine($"  prompt  {request.Prompt}");
Console.WriteLine($"  model   {Describe(request.Model, CreateVideoRequest.DefaultModel)}");
Console.WriteLine($"  size    {Describe(request.Size, CreateVideoRequest.DefaultSize)}");
Console.WriteLine($"  seconds {Describe(request.Seconds, CreateVideoRequest.DefaultSeconds)}");
Console.WriteLine();
Console.WriteLine("Validation");
Print("the spec", result);
foreach (var provider in SoraProvider.All)
{
    Print(provider.Id, request.Validate(provider));
}

Console.WriteLine();
Console.WriteLine("JSON body (text-to-video)");
using (var json = SoraHttpContent.Create(request))
{
    Console.WriteLine($"  Content-Type: {json.Headers.ContentType}");
    Console.WriteLine("  " + await json.ReadAsStringAsync());
}

var image = arguments.ImagePath is not null
    ? await FileUpload.FromFileAsync(arguments.ImagePath)
    : SampleImage(request.Size ?? CreateVideoRequest.DefaultSize);
var withImage = request with { InputReference = image };
Console.WriteLine();
Console.WriteLine($"Multipart body (image-to-video with {image})");
Print("image check", withImage.Validate());
using (var multipart = SoraHttpContent.Create(withImage))
{
    Console.WriteLine($"  Content-Type: {multipart.Headers.ContentType}");
    foreach (var part in (MultipartFormDataContent)multipart)
    {
        var disposition = part.Headers.ContentDisposition!;
        var body = disposition.FileName is null
            ? await part.ReadAsStringAsync()
            : $"<{(await part.ReadAsByteArrayAsync()).Length} bytes, {part.Headers.ContentType}, filename {disposition.FileName}>";
        Console.WriteLine($"  part {disposition.Name,-17} {body}");
    }
}

return result.IsValid ? 0 : 1;

static string Describe<T>(T? value, T fallback)
    where T : struct => value is { } set ? set.ToString()! : $"{fallback} (default, not sent)";

static void Print(string subject, SoraValidationResult verdict)
{
    if (verdict.IsValid)
    {
        Console.WriteLine($"  {subject,-12} valid");
        return;
    }

    foreach (var violation in verdict.Violations)
    {
        Console.WriteLine($"  {subject,-12} {violation.Code,-24} {violation.Message}");
        subject = string.Empty;
    }
}

// An image whose pixel size is the request's size, when that size reads as WxH; otherwise a 1x1 one the check rejects.
static FileUpload SampleImage(VideoSize size)
{
    var parts = size.Value.Split('x');
    var dimensions = parts.Length == 2
        && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
        && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
        && width is > 0 and <= 8192 && height is > 0 and <= 8192
            ? (width, height)
            : (1, 1);
    return FileUpload.FromBytes(SolidPng.Create(dimensions.Item1, dimensions.Item2, 0x20, 0x40, 0x80), "first-frame.png");
}
