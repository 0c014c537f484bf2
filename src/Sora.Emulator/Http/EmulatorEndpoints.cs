using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sora.Contracts;
using Sora.Contracts.Validation;
using Sora.Emulator.Faults;
using Sora.Emulator.Jobs;
using Sora.Shared;

namespace Sora.Emulator.Http;

/// <summary>
/// Maps each spec operation (method and path from <see cref="SoraOperations"/>) under the profile's base path, plus the
/// <c>video_url</c> file links. Every failure is the documented error envelope; bad input never gets a 500.
/// </summary>
internal static class EmulatorEndpoints
{
    private const string PollAfterHeader = "openai-poll-after-ms";
    private const string JsonContentType = "application/json; charset=utf-8";
    private const string PathLocation = "path";
    private const string VariantParameter = "variant";
    private const string AfterParameter = "after";
    private const string LimitParameter = "limit";
    private const string OrderParameter = "order";

    /// <summary>The route of <c>video_url</c> links; outside the API so that no key is needed or expected.</summary>
    public const string FilesPath = "/files/";

    public static void Map(WebApplication app, EmulatorState state, string basePath)
    {
        var api = app.MapGroup(basePath);
        api.AddEndpointFilter(new FaultFilter(state));
        api.AddEndpointFilter(async (context, next) =>
            Authentication.Check(context.HttpContext.Request, state) ?? await next(context).ConfigureAwait(false));

        Map(api, state, SoraOperations.CreateVideo, context => CreateAsync(context, state));
        Map(api, state, SoraOperations.ListVideos, context => Task.FromResult(List(context, state)));
        Map(api, state, SoraOperations.GetVideo, context => Task.FromResult(Get(context, state)));
        Map(api, state, SoraOperations.DeleteVideo, context => Task.FromResult(Delete(context, state)));
        Map(api, state, SoraOperations.DownloadVideoContent, context => Task.FromResult(Content(context, state, VideoId(context, SoraOperations.DownloadVideoContent))));
        Map(api, state, SoraOperations.RemixVideo, context => RemixAsync(context, state));
        Map(api, state, SoraOperations.ListModels, _ => Task.FromResult(Models(state)));

        var files = app.MapGet(FilesPath + "{id}", (HttpContext context, string id) => File(context, state, id));
        files.WithMetadata(new OperationTag(SoraOperations.DownloadVideoContent.OperationId));
        files.AddEndpointFilter(new FaultFilter(state));
    }

    // An operation the profile does not offer is not served: routing answers it 405 when its path takes another method, else 404.
    private static void Map(RouteGroupBuilder api, EmulatorState state, SoraOperation operation, Func<HttpContext, Task<IResult>> handler)
    {
        if (state.Provider.Supports(operation.OperationId))
        {
            api.MapMethods(operation.PathTemplate, new[] { operation.Method }, handler).WithMetadata(new OperationTag(operation.OperationId));
        }
    }

    private static string VideoId(HttpContext context, SoraOperation operation)
    {
        var name = operation.Parameters.First(p => p.In == PathLocation).Name;
        return Convert.ToString(context.Request.RouteValues[name], CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static Task<IResult> CreateAsync(HttpContext context, EmulatorState state) =>
        WithIdempotencyAsync(context, state, claim => CreateOnceAsync(context, state, claim));

    private static async Task<IResult> CreateOnceAsync(HttpContext context, EmulatorState state, IdempotencyStore.Claim? claim)
    {
        if (RequestBodies.RefuseUnlistedForm(context.Request, state.Provider) is { } refused)
        {
            return refused;
        }

        var read = await RequestBodies.ReadAsync(context.Request, SoraJsonContext.Default.CreateVideoRequest, context.RequestAborted).ConfigureAwait(false);
        if (read.Error is { } error)
        {
            return error;
        }

        var request = read.File is { } file ? read.Value! with { InputReference = VideoInputReference.FromFile(file) } : read.Value!;
        var validation = request.Validate(state.Provider);
        if (!validation.IsValid)
        {
            return ApiErrors.Violations(validation);
        }

        if (ProviderRequirements.FirstMissing(request, state.Provider) is { } missing)
        {
            return ApiErrors.BadRequest($"{missing} is required by this server.", SoraViolationCodes.MissingRequired, missing);
        }

        var fingerprint = claim is null ? null : IdempotencyStore.Fingerprint(
            SoraOperations.CreateVideo.OperationId, null, read.Value!, SoraJsonContext.Default.CreateVideoRequest, read.File);
        return Replayed(claim, fingerprint) ?? Admit(context, state, request, remixedFrom: null, claim, fingerprint);
    }

    // The draft's checks that need no body come first: a key missing where it is required (400), a key whose first
    // request is still being processed (409). The claim is released whatever ends this request without a job.
    private static async Task<IResult> WithIdempotencyAsync(HttpContext context, EmulatorState state, Func<IdempotencyStore.Claim?, Task<IResult>> handle)
    {
        if (state.Idempotency == EmulatorIdempotency.Ignored)
        {
            return await handle(null).ConfigureAwait(false);
        }

        var key = IdempotencyStore.Read(context.Request, out var malformed);
        if (malformed || (key is null && state.Idempotency == EmulatorIdempotency.Required))
        {
            return ApiErrors.BadRequest(
                malformed ? "The Idempotency-Key header holds no key; send one string, such as a UUID." : "This server requires an Idempotency-Key header on every request that starts a job.",
                "idempotency_key_required");
        }

        if (key is null)
        {
            return await handle(null).ConfigureAwait(false);
        }

        var claim = state.IdempotencyKeys.Take(key);
        if (claim.IsInFlight)
        {
            return ApiErrors.Envelope(StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still being processed; retry it later.", "idempotency_key_in_use");
        }

        try
        {
            return await handle(claim).ConfigureAwait(false);
        }
        finally
        {
            claim.Release();
        }
    }

    // A repeat of a request that made a job gets that answer again; the key with another request is the draft's 422.
    private static IResult? Replayed(IdempotencyStore.Claim? claim, string? fingerprint)
    {
        if (claim is null || fingerprint is null)
        {
            return null;
        }

        if (claim.Replay(fingerprint, out var mismatch) is { } answer)
        {
            return TypedResults.Bytes(answer, JsonContentType);
        }

        return mismatch
            ? ApiErrors.Envelope(StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was already used with another request; use a new key for a new job.", "idempotency_key_reused")
            : null;
    }

    private static Task<IResult> RemixAsync(HttpContext context, EmulatorState state) =>
        WithIdempotencyAsync(context, state, claim => RemixOnceAsync(context, state, claim));

    private static async Task<IResult> RemixOnceAsync(HttpContext context, EmulatorState state, IdempotencyStore.Claim? claim)
    {
        var sourceId = VideoId(context, SoraOperations.RemixVideo);
        var read = await RequestBodies.ReadAsync(context.Request, SoraJsonContext.Default.RemixVideoRequest, context.RequestAborted).ConfigureAwait(false);
        if (read.Error is { } error)
        {
            return error;
        }

        if (read.File is not null)
        {
            return ApiErrors.BadRequest("A remix takes a prompt only, no file.", "invalid_file");
        }

        var validation = read.Value!.Validate(state.Provider);
        if (!validation.IsValid)
        {
            return ApiErrors.Violations(validation);
        }

        if (state.Jobs.Find(sourceId) is not { } source)
        {
            return NoSuchVideo(sourceId);
        }

        if (!source.HasSucceeded(state.Jobs.Now))
        {
            return ApiErrors.BadRequest($"Video '{EchoedText.Of(sourceId)}' cannot be remixed: only a video that finished successfully can (it is {state.Snapshot(source).Status}).", "video_not_ready");
        }

        var fingerprint = claim is null ? null : IdempotencyStore.Fingerprint(
            SoraOperations.RemixVideo.OperationId, sourceId, read.Value, SoraJsonContext.Default.RemixVideoRequest, file: null);
        if (Replayed(claim, fingerprint) is { } replayed)
        {
            return replayed;
        }

        var request = new CreateVideoRequest(read.Value.Prompt) { Model = source.Model, Size = source.Size, Seconds = source.Seconds };
        return Admit(context, state, request, sourceId, claim, fingerprint);
    }

    // Everything that can fail (the job, its snapshot, the rendered answer) comes before the job is stored; once it is
    // stored, the request carries its answer, which UnhandledFailures sends if anything after this point fails.
    // A keyed request's answer is kept with its key the moment the job is stored, so a repeat gets it even when this
    // answer never arrives.
    private static IResult Admit(HttpContext context, EmulatorState state, CreateVideoRequest request, string? remixedFrom, IdempotencyStore.Claim? claim, string? fingerprint)
    {
        var job = state.Jobs.Prepare(request, remixedFrom);
        var answer = JsonSerializer.SerializeToUtf8Bytes(state.Snapshot(job), SoraJsonContext.Default.Video);
        var created = new CreatedJobAnswer(TypedResults.Bytes(answer, JsonContentType));
        if (!state.Jobs.TryAdd(job, out var retryAfter))
        {
            return ApiErrors.RateLimited(
                "Too many jobs are running at once for this account; wait for one to finish.", "concurrent_jobs_limit", retryAfter);
        }

        if (fingerprint is not null)
        {
            claim?.Complete(fingerprint, answer);
        }

        context.Features.Set(created);
        state.Options.JobStored?.Invoke(job.Id);
        return created.Answer;
    }

    private static IResult Get(HttpContext context, EmulatorState state)
    {
        var id = VideoId(context, SoraOperations.GetVideo);
        if (state.Jobs.Find(id) is not { } job)
        {
            return NoSuchVideo(id);
        }

        if (state.Options.PollAfter is { } pollAfter && !job.IsFinished(state.Jobs.Now))
        {
            context.Response.Headers[PollAfterHeader] = ((long)pollAfter.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        }

        return TypedResults.Json(state.Snapshot(job), SoraJsonContext.Default.Video);
    }

    private static IResult List(HttpContext context, EmulatorState state)
    {
        var query = context.Request.Query;
        if (ProviderRequirements.FirstMissingParameter(SoraOperations.ListVideos, state.Provider, name => query[name].ToString()) is { } missing)
        {
            return ApiErrors.BadRequest($"{missing} is required by this server to list videos.", SoraViolationCodes.MissingRequired, missing);
        }

        var limitParameter = SoraOperations.ListVideos.FindParameter(LimitParameter);
        var limit = (int)Math.Min(int.MaxValue, limitParameter?.Maximum ?? int.MaxValue);
        if (query.TryGetValue(LimitParameter, out var limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limitParameter?.Admits(limit) == false)
            {
                return ApiErrors.BadRequest(
                    $"limit must be a whole number from {limitParameter?.Minimum ?? 0} to {limitParameter?.Maximum ?? int.MaxValue} (got '{EchoedText.Of(limitText)}').", "invalid_value", LimitParameter);
            }
        }

        var order = query.TryGetValue(OrderParameter, out var orderText) ? new ListOrder(orderText.ToString()) : ListOrder.Default;
        if (order != ListOrder.Direction.Ascending && order != ListOrder.Direction.Descending)
        {
            return ApiErrors.BadRequest(
                $"order must be {string.Join(" or ", ListOrder.KnownValues)} (got '{EchoedText.Of(order.Value)}').", "invalid_value", OrderParameter);
        }

        var after = query.TryGetValue(AfterParameter, out var afterText) ? afterText.ToString() : null;
        if (!state.Jobs.TryPage(after, limit, order == ListOrder.Direction.Ascending, out var page, out var hasMore))
        {
            return ApiErrors.BadRequest($"after names no video ('{EchoedText.Of(after)}').", "invalid_value", AfterParameter);
        }

        var data = page.Select(state.Snapshot).ToList();
        var list = new VideoList(data) { FirstId = data.FirstOrDefault()?.Id, LastId = data.LastOrDefault()?.Id, HasMore = hasMore };
        return TypedResults.Json(list, SoraJsonContext.Default.VideoList);
    }

    private static IResult Delete(HttpContext context, EmulatorState state)
    {
        var id = VideoId(context, SoraOperations.DeleteVideo);
        return state.Jobs.Delete(id)
            ? TypedResults.Json(new DeletedVideo(id, true), SoraJsonContext.Default.DeletedVideo)
            : NoSuchVideo(id);
    }

    private static IResult Content(HttpContext context, EmulatorState state, string id)
    {
        var variant = context.Request.Query.TryGetValue(VariantParameter, out var variantText)
            ? new VideoContentVariant(variantText.ToString())
            : VideoContentVariant.Default;
        if (variant.MediaType is not { } mediaType)
        {
            return ApiErrors.BadRequest(
                $"variant must be {string.Join(", ", VideoContentVariant.KnownValues)} (got '{EchoedText.Of(variant.Value)}').", "invalid_value", VariantParameter);
        }

        if (state.Jobs.Find(id) is not { } job)
        {
            return NoSuchVideo(id);
        }

        var now = state.Jobs.Now;
        if (!job.HasSucceeded(now))
        {
            return ApiErrors.NotFound($"Video '{EchoedText.Of(id)}' has no content: it is {state.Snapshot(job).Status}.", "video_not_ready");
        }

        if (state.AssetLifetime is { } lifetime && now >= job.EndsAt + lifetime)
        {
            return ApiErrors.NotFound($"The content of video '{EchoedText.Of(id)}' expired at {(job.EndsAt + lifetime).ToString("u", CultureInfo.InvariantCulture)}.", "video_expired");
        }

        return state.Jobs.Media(job, mediaType) is { } bytes
            ? TypedResults.Bytes(bytes, mediaType)
            : ApiErrors.ServerError($"The emulator cannot make {mediaType}.");
    }

    private static IResult File(HttpContext context, EmulatorState state, string id)
    {
        if (Authentication.CarriesCredential(context.Request, state.Provider))
        {
            state.CountCredentialedFileRequest();
        }

        return Content(context, state, id);
    }

    private static IResult Models(EmulatorState state)
    {
        var created = state.Jobs.Now.ToUnixTimeSeconds();
        var ids = state.Provider.GetAllowedValues(nameof(CreateVideoRequest), ModelPropertyName) ?? VideoModel.KnownValues.Select(m => m.Value).ToList();
        var models = ids.Select(id => new ModelInfo(id) { Created = created, OwnedBy = state.Provider.Id }).ToList();
        return TypedResults.Json(new ModelList(models), SoraJsonContext.Default.ModelList);
    }

    private static IResult NoSuchVideo(string id) => ApiErrors.NotFound($"No video found with id '{EchoedText.Of(id)}'.", "video_not_found");

    // The wire name of CreateVideoRequest.Model, which provider profiles use to list their models.
    private const string ModelPropertyName = "model";
}
