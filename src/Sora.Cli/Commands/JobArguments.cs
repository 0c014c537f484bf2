using System.CommandLine;

namespace Sora.Cli.Commands;

/// <summary>The job id argument the job commands share.</summary>
internal static class JobArguments
{
    public static Argument<string> VideoId()
    {
        var id = new Argument<string>("id") { Description = "The job's id (as printed by 'sora generate' or 'sora list')." };
        id.Validators.Add(result =>
        {
            if (result.Tokens is [var token, ..] && !JobIds.IsUsable(token.Value))
            {
                result.AddError(JobIds.Refusal);
            }
        });
        return id;
    }
}
