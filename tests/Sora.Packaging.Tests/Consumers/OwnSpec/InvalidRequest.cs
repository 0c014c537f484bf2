using My.Video;

internal static class InvalidRequest
{
    // acme.openapi.yaml allows 1920x1080 only with acme-v1-max: SORA001 from a rule of this project's own spec.
    public static CreateClipRequest Create() => new("A fox in the snow") { Model = "acme-v1", Size = "1920x1080" };
}
