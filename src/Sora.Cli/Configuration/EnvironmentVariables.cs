namespace Sora.Cli.Configuration;

/// <summary>The environment variables the CLI reads; a flag of the same meaning wins over each.</summary>
internal static class EnvironmentVariables
{
    public const string BaseUrl = "SORA_BASE_URL";
    public const string ApiKey = "SORA_API_KEY";
    public const string Provider = "SORA_PROVIDER";
}
