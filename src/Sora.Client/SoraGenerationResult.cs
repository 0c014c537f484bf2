using Sora.Contracts;

namespace Sora.Client;

/// <summary>What <see cref="SoraClient.GenerateAsync"/> produced: the finished job and its downloaded media.</summary>
/// <param name="Job">The job as last polled, with a success status.</param>
/// <param name="Download">The file written.</param>
public sealed record SoraGenerationResult(Video Job, SoraDownloadResult Download);
