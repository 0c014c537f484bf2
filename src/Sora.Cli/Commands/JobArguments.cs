using System.CommandLine;

namespace Sora.Cli.Commands;

/// <summary>The job id argument the job commands share.</summary>
internal static class JobArguments
{
    public static Argument<string> VideoId() => new("id") { Description = "The job's id (as printed by 'sora generate' or 'sora list')." };
}
