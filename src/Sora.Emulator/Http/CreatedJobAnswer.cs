using Microsoft.AspNetCore.Http;

namespace Sora.Emulator.Http;

/// <summary>
/// Request feature: the finished answer of a request that created a job, set once the job is stored, so that any later
/// failure still sends the job (see <see cref="UnhandledFailures"/>). The answer is rendered bytes, so sending it again cannot fail the same way.
/// </summary>
internal sealed record CreatedJobAnswer(IResult Answer);
