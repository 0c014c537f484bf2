namespace Sora.Contracts.Benchmarks;

/// <summary>
/// The baseline's input: hand-written records equivalent to the spec's object schemas, with a
/// <c>[JsonSerializable]</c> context for them. String enums and open value types (model, size, seconds, status) are
/// strings; the image upload/reference union of <c>input_reference</c> is its JSON form, <c>ImageReference</c>.
/// Every type keeps unknown JSON properties (<c>[JsonExtensionData]</c>), as the generated types do.
/// </summary>
internal static class StjEquivalentSource
{
    public const string Text = """
        #nullable enable
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;

        namespace Bench.Stj;

        public sealed record CreateVideoRequest
        {
            [JsonPropertyName("prompt")] public required string Prompt { get; init; }
            [JsonPropertyName("model")] public string? Model { get; init; }
            [JsonPropertyName("size")] public string? Size { get; init; }
            [JsonPropertyName("seconds")] public string? Seconds { get; init; }
            [JsonPropertyName("input_reference")] public ImageReference? InputReference { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record ImageReference
        {
            [JsonPropertyName("image_url")] public string? ImageUrl { get; init; }
            [JsonPropertyName("file_id")] public string? FileId { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record RemixVideoRequest
        {
            [JsonPropertyName("prompt")] public required string Prompt { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record VideoError
        {
            [JsonPropertyName("code")] public required string Code { get; init; }
            [JsonPropertyName("message")] public required string Message { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record Video
        {
            [JsonPropertyName("id")] public required string Id { get; init; }
            [JsonPropertyName("object")] public required string Object { get; init; }
            [JsonPropertyName("model")] public required string Model { get; init; }
            [JsonPropertyName("status")] public required string Status { get; init; }
            [JsonPropertyName("progress")] public int? Progress { get; init; }
            [JsonPropertyName("created_at")] public long? CreatedAt { get; init; }
            [JsonPropertyName("completed_at")] public long? CompletedAt { get; init; }
            [JsonPropertyName("expires_at")] public long? ExpiresAt { get; init; }
            [JsonPropertyName("prompt")] public string? Prompt { get; init; }
            [JsonPropertyName("size")] public string? Size { get; init; }
            [JsonPropertyName("seconds")] public string? Seconds { get; init; }
            [JsonPropertyName("remixed_from_video_id")] public string? RemixedFromVideoId { get; init; }
            [JsonPropertyName("error")] public VideoError? Error { get; init; }
            [JsonPropertyName("video_url")] public string? VideoUrl { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record VideoList
        {
            [JsonPropertyName("object")] public required string Object { get; init; }
            [JsonPropertyName("data")] public required IReadOnlyList<Video> Data { get; init; }
            [JsonPropertyName("first_id")] public string? FirstId { get; init; }
            [JsonPropertyName("last_id")] public string? LastId { get; init; }
            [JsonPropertyName("has_more")] public bool? HasMore { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record DeletedVideo
        {
            [JsonPropertyName("id")] public required string Id { get; init; }
            [JsonPropertyName("object")] public required string Object { get; init; }
            [JsonPropertyName("deleted")] public required bool Deleted { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record ModelInfo
        {
            [JsonPropertyName("id")] public required string Id { get; init; }
            [JsonPropertyName("object")] public string? Object { get; init; }
            [JsonPropertyName("created")] public long? Created { get; init; }
            [JsonPropertyName("owned_by")] public string? OwnedBy { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record ModelList
        {
            [JsonPropertyName("object")] public required string Object { get; init; }
            [JsonPropertyName("data")] public required IReadOnlyList<ModelInfo> Data { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record ApiError
        {
            [JsonPropertyName("message")] public required string Message { get; init; }
            [JsonPropertyName("code")] public string? Code { get; init; }
            [JsonPropertyName("type")] public string? Type { get; init; }
            [JsonPropertyName("param")] public string? Param { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        public sealed record ErrorResponse
        {
            [JsonPropertyName("error")] public required ApiError Error { get; init; }
            [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
        }

        [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
        [JsonSerializable(typeof(CreateVideoRequest))]
        [JsonSerializable(typeof(Video))]
        [JsonSerializable(typeof(VideoList))]
        [JsonSerializable(typeof(DeletedVideo))]
        [JsonSerializable(typeof(RemixVideoRequest))]
        [JsonSerializable(typeof(ErrorResponse))]
        [JsonSerializable(typeof(ApiError))]
        [JsonSerializable(typeof(ModelList))]
        [JsonSerializable(typeof(ModelInfo))]
        [JsonSerializable(typeof(VideoError))]
        [JsonSerializable(typeof(ImageReference))]
        public sealed partial class StjContext : JsonSerializerContext
        {
        }
        """;
}
