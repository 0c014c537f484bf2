using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sora.Contracts;
using Sora.Emulator.Faults;
using Sora.Emulator.Jobs;

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

        Map(api, SoraOperations.CreateVideo, context => CreateAsync(context, state));
        Map(api, SoraOperations.ListVideos, context => Task.FromResult(List(context, state)));
        Map(api, SoraOperations.GetVideo, context => Task.FromResult(Get(context, state)));
        Map(api, SoraOperations.DeleteVideo, context => Task.FromResult(Delete(context, state)));
        Map(api, SoraOperations.DownloadVideoContent, context => Task.FromResult(Content(context, state, VideoId(context, SoraOperations.DownloadVideoContent))));
        Map(api, SoraOperations.RemixVideo, context => RemixAsync(context, state));
        Map(api, SoraOperations.ListModels, _ => Task.FromResult(Models(state)));

        var files = app.MapGet(FilesPath + "{id}", (HttpContext context, string id) => File(context, state, id));
        files.WithMetadata(new OperationTag(SoraOperations.DownloadVideoContent.OperationId));
        files.AddEndpointFilter(new FaultFilter(state));
    }

    private static void Map(RouteGroupBuilder api, SoraOperation operation, Func<HttpContext, Task<IResult>> handler) =>
        api.MapMethods(operation.PathTemplate, new[] { operation.Method }, handler).WithMetadata(new OperationTag(operation.OperationId));

    private static string VideoId(HttpContext context, SoraOperation operation)
    {
        var name = operation.Parameters.First(p => p.In == PathLocation).Name;
        return Convert.ToString(context.Request.RouteValues[name], CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, EmulatorState state)
    {
        var read = await RequestBodies.ReadAsync(context.Request, SoraJsonContext.Default.CreateVideoRequest, context.RequestAborted).ConfigureAwait(false);
        if ((read.Error ?? BodyForms.Refuse(context.Request, state.Provider)) is { } error)
        {
            return error;
        }

        var request = read.File is { } file ? read.Value! with { InputReference = VideoInputReference.FromFile(file) } : read.Value!;
        var validation = request.Validate(state.Provider);
        return validation.IsValid ? Admit(context, state, request, remixedFrom: null) : ApiErrors.Violations(validation);
    }

    private static async Task<IResult> RemixAsync(HttpContext context, EmulatorState state)
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

        var request = new CreateVideoRequest(read.Value.Prompt) { Model = source.Model, Size = source.Size, Seconds = source.Seconds };
        return Admit(context, state, request, sourceId);
    }

    // Everything that can fail (the job, its snapshot, the rendered answer) comes before the job is stored; once it is
    // stored, the request carries its answer, which UnhandledFailures sends if anything after this point fails.
    private static IResult Admit(HttpContext context, EmulatorState state, CreateVideoRequest request, string? remixedFrom)
    {
        var job = state.Jobs.Prepare(request, remixedFrom);
        var created = new CreatedJobAnswer(TypedResults.Bytes(JsonSerializer.SerializeToUtf8Bytes(state.Snapshot(job), SoraJsonContext.Default.Video), JsonContentType));
        if (!state.Jobs.TryAdd(job, out var retryAfter))
        {
            return ApiErrors.RateLimited(
                "Too many jobs are running at once for this account; wait for one to finish.", "concurrent_jobs_limit", retryAfter);
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
        if (Authentication.CarriesCredential(context.Request))
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
