using System.Text.RegularExpressions;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>Which OpenAPI a document says it is, and SORA104 when it is not one the reader takes.</summary>
internal enum OpenApiVersion
{
    /// <summary>OpenAPI 3.1.x (JSON Schema 2020-12), read as it is.</summary>
    V31,

    /// <summary>OpenAPI 3.0.0 to 3.0.4, normalized to 3.1 first (<see cref="OpenApi30"/>).</summary>
    V30,

    /// <summary>Anything else: reported, then read as 3.1 so that the rest of the file is still checked.</summary>
    Unsupported,
}

internal static class OpenApiVersions
{
    private const string Read = "this generator reads OpenAPI 3.1 (3.1.x) and 3.0 (3.0.0 to 3.0.4)";

    private static readonly Regex V31 = new(@"^3\.1(\.[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex V30 = new(@"^3\.0\.[0-4]$", RegexOptions.CultureInvariant);

    public static OpenApiVersion Of(ParseContext context, YamlMapping document)
    {
        var version = ParseContext.String(document, "openapi");
        if (version is not null && V31.IsMatch(version))
        {
            return OpenApiVersion.V31;
        }

        if (version is not null && V30.IsMatch(version))
        {
            return OpenApiVersion.V30;
        }

        if (version is null && ParseContext.String(document, "swagger") is { } swagger)
        {
            context.Report(SpecDiagnostics.UnsupportedVersion, document["swagger"], $"The spec says 'swagger: {swagger}': Swagger 2.0 is not read, {Read}; convert it to OpenAPI 3 first");
        }
        else if (version is null)
        {
            context.Report(SpecDiagnostics.UnsupportedVersion, document["openapi"] ?? document, $"The spec has no 'openapi' version; {Read} ('openapi: 3.1.0')");
        }
        else
        {
            context.Report(SpecDiagnostics.UnsupportedVersion, document["openapi"], $"The spec says 'openapi: {version}'; {Read}");
        }

        return OpenApiVersion.Unsupported;
    }
}
