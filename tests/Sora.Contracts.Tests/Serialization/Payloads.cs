namespace Sora.Contracts.Tests.Serialization;

/// <summary>
/// Every example payload of the three seeds and of shared/reference/openai-video-examples.json, copied verbatim as
/// literals so that the tests never read shared/ at run time.
/// </summary>
public static class Payloads
{
    // ---- 000_bb6aa4dec4248e13.txt (UniGateway) ----

    /// <summary>000: the create response ("响应").</summary>
    public const string UnigatewayQueued = """
        {
          "id": "task_4kX5fFNCbHgMJLx",
          "object": "video",
          "status": "queued",
          "model": "sora-2",
          "progress": 0,
          "size": "1280x720",
          "seconds": "5"
        }
        """;

    /// <summary>000: "响应（处理中）".</summary>
    public const string UnigatewayInProgress = """
        {
          "id": "task_4kX5fFNCbHgMJLx",
          "object": "video",
          "status": "in_progress",
          "model": "sora-2",
          "progress": 0,
          "size": "1280x720",
          "seconds": "5"
        }
        """;

    /// <summary>000: "响应（已完成）", with video_url.</summary>
    public const string UnigatewayCompleted = """
        {
          "id": "task_4kX5fFNCbHgMJLx",
          "object": "video",
          "status": "completed",
          "model": "sora-2",
          "progress": 100,
          "size": "1280x720",
          "seconds": "5",
          "video_url": "https://<your-cdn>/videos/output.mp4"
        }
        """;

    /// <summary>000: the Python "Example request" body (json=...).</summary>
    public const string UnigatewayCreateRequest = """
        {"model": "sora-2", "prompt": "A cinematic aerial shot of a coastline.", "size": "1280x720", "seconds": "5"}
        """;

    // ---- 001_d411cea1ea856dda.txt (ezmodel) ----

    /// <summary>001: the cURL text-to-video body (the JavaScript, Go, Java and C# samples send the same).</summary>
    public const string EzmodelCreateRequest = """
        {
        "model": "sora-2",
        "prompt": "A video of a cool cat on a motorcycle in the night",
        "size": "1280x720",
        "seconds": "8"
        }
        """;

    /// <summary>001: "成功响应 (200)", with explicit nulls.</summary>
    public const string EzmodelQueued = """
        {
          "id": "video_68f10985d6c4819097007665bdcfba5f",
          "object": "video",
          "model": "sora-2",
          "status": "queued",
          "progress": 0,
          "created_at": 1760627077,
          "completed_at": null,
          "expires_at": null,
          "seconds": "8",
          "size": "1280x720",
          "remixed_from_video_id": null,
          "error": null
        }
        """;

    /// <summary>001: "错误响应 (400)".</summary>
    public const string EzmodelError = """
        {
          "error": {
            "message": "Invalid parameter: size must be 720x1280 or 1280x720",
            "code": "invalid_parameter"
          }
        }
        """;

    // ---- 002_875acc4d494673f2.txt (gpt.ge) ----

    /// <summary>002: the cURL body.</summary>
    public const string GptgeCreateRequest = """
        {
            "prompt": "一只凶猛的老虎破门闯入农家小院,土狗吓得跑开,猫咪跳出来击败吓跑老虎。",
            "model": "sora-2",
            "seconds": "8",
            "size": "1280x720"
          }
        """;

    /// <summary>002: "返回示例（200）".</summary>
    public const string GptgeQueued = """
        {
          "id": "video_68f082321ed08193a4eaf01376fa10bc0284bd663de64dc5",
          "object": "video",
          "created_at": 1760592434,
          "status": "queued",
          "completed_at": null,
          "error": null,
          "expires_at": null,
          "model": "sora-2",
          "progress": 0,
          "remixed_from_video_id": null,
          "seconds": "8",
          "size": "1280x720"
        }
        """;

    // ---- shared/reference/openai-video-examples.json ----

    /// <summary>The fields of the createVideo curl sample of openai-videos-fragment.yaml (sent there with -F).</summary>
    public const string OpenAiMinimalCreateRequest = """
        {"model": "sora-2", "prompt": "A calico cat playing a piano on stage"}
        """;

    /// <summary>video_queued (official guide; partial object).</summary>
    public const string OpenAiQueued = """
        {
          "id": "video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5",
          "object": "video",
          "created_at": 1758941485,
          "status": "queued",
          "model": "sora-2-pro",
          "progress": 0,
          "seconds": "8",
          "size": "1280x720"
        }
        """;

    /// <summary>video_in_progress (official guide; partial object).</summary>
    public const string OpenAiInProgress = """
        {
          "id": "video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5",
          "object": "video",
          "created_at": 1758941485,
          "status": "in_progress",
          "model": "sora-2-pro",
          "progress": 33,
          "seconds": "8",
          "size": "1280x720"
        }
        """;

    /// <summary>video_completed (Azure OpenAI docs).</summary>
    public const string OpenAiCompleted = """
        {
          "id": "video_68f10c5428708190a98980c2d2b21a78",
          "completed_at": 1760627863,
          "created_at": 1760627796,
          "error": null,
          "expires_at": 1760714196,
          "model": "sora-2",
          "object": "video",
          "progress": 100,
          "remixed_from_video_id": null,
          "seconds": "4",
          "size": "720x1280",
          "status": "completed"
        }
        """;

    /// <summary>video_failed (constructed from the VideoResource schema).</summary>
    public const string OpenAiFailed = """
        {
          "id": "video_123",
          "object": "video",
          "model": "sora-2",
          "status": "failed",
          "progress": 0,
          "created_at": 1712697600,
          "completed_at": null,
          "expires_at": null,
          "prompt": "A calico cat playing a piano on stage",
          "size": "720x1280",
          "seconds": "4",
          "remixed_from_video_id": null,
          "error": {
            "code": "PLACEHOLDER_error_code",
            "message": "PLACEHOLDER human-readable message"
          }
        }
        """;

    /// <summary>video_list_page (openai-openapi, abbreviated).</summary>
    public const string OpenAiListPage = """
        {
          "data": [
            {
              "id": "video_123",
              "object": "video",
              "model": "sora-2",
              "status": "completed"
            }
          ],
          "object": "list"
        }
        """;

    /// <summary>error_invalid_type_input_reference (api.openai.com 400 body).</summary>
    public const string OpenAiInvalidTypeError = """
        {
          "error": {
            "message": "Invalid type for 'input_reference': expected a file, but got a string instead.",
            "type": "invalid_request_error",
            "param": "input_reference",
            "code": "invalid_type"
          }
        }
        """;
}
