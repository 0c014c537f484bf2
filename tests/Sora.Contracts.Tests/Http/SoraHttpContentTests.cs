using Sora.Contracts.Http;
using Sora.Contracts.Tests.Images;
using Sora.Contracts.Tests.Serialization;

namespace Sora.Contracts.Tests.Http;

/// <summary>
/// Text-to-video goes as JSON, image-to-video as multipart/form-data (001_d411cea1ea856dda.txt: "文生视频: 使用
/// application/json 格式; 图生视频: 使用 multipart/form-data 格式"), with plain fields as curl's <c>-F name=value</c> sends
/// them (000 and 001 cURL samples) and the image as a file part with its name and type (001's requests sample:
/// <c>files = {"input_reference": ("image.jpg", img_buffer, "image/jpeg")}</c>).
/// </summary>
public sealed class SoraHttpContentTests
{
    [Fact]
    public async Task Create_WithoutAFile_IsAJsonBodyEqualToTheSeedsRequest()
    {
        var request = new CreateVideoRequest("A video of a cool cat on a motorcycle in the night")
        {
            Model = "sora-2",
            Size = "1280x720",
            Seconds = "8",
        };

        using HttpContent content = SoraHttpContent.Create(request);

        Assert.Equal("application/json", content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", content.Headers.ContentType?.CharSet);
        JsonAssert.Equivalent(Payloads.EzmodelCreateRequest, await content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_WithOnlyAPrompt_SendsOnlyThePrompt()
    {
        using HttpContent content = SoraHttpContent.Create(new CreateVideoRequest("A calico cat playing a piano on stage"));

        JsonAssert.Equivalent("""{"prompt":"A calico cat playing a piano on stage"}""", await content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_WithAnImageReference_StaysJsonWithTheObject()
    {
        var request = new CreateVideoRequest("A cat") { InputReference = new ImageReference { FileId = "file-abc123" } };

        using HttpContent content = SoraHttpContent.Create(request);

        Assert.Equal("application/json", content.Headers.ContentType?.MediaType);
        JsonAssert.Equivalent("""{"prompt":"A cat","input_reference":{"file_id":"file-abc123"}}""", await content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_WithAFile_IsMultipartWithPlainFieldsAndAFilePart()
    {
        TestImage image = TestImages.Get("jpeg-baseline-1280x720");
        var request = new CreateVideoRequest("The cat starts walking slowly towards the camera")
        {
            Model = "sora-2",
            Size = "1280x720",
            Seconds = "8",
            InputReference = FileUpload.FromBytes(image.Bytes, "reference_image.jpg"),
        };

        using HttpContent content = SoraHttpContent.Create(request);
        IReadOnlyList<MultipartPart> parts = await MultipartBody.ReadAsync(content);

        Assert.Equal(["prompt", "model", "size", "seconds", "input_reference"], parts.Select(p => p.Name ?? "(none)").ToArray());
        AssertPlainField(parts[0], "The cat starts walking slowly towards the camera");
        AssertPlainField(parts[1], "sora-2");
        AssertPlainField(parts[2], "1280x720");
        AssertPlainField(parts[3], "8");

        MultipartPart file = parts[4];
        Assert.Equal("reference_image.jpg", file.FileName);
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Equal(image.Bytes, file.Body);
        Assert.StartsWith("form-data", file.Headers["content-disposition"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithAFile_SendsTheFieldsOfUnigatewaysCurlSample()
    {
        // 000_bb6aa4dec4248e13.txt: -F 'model=sora-2' -F 'prompt=A cinematic ...' -F 'size=1280x720' -F 'seconds=5'
        var request = new CreateVideoRequest("A cinematic aerial shot of a coastline at golden hour.")
        {
            Model = "sora-2",
            Size = "1280x720",
            Seconds = 5,
            InputReference = FileUpload.FromBytes(TestImages.Get("png-1280x720").Bytes, "frame.png"),
        };

        using HttpContent content = SoraHttpContent.Create(request);
        IReadOnlyList<MultipartPart> parts = await MultipartBody.ReadAsync(content);

        Dictionary<string, string> fields = parts.Where(p => p.FileName is null).ToDictionary(p => p.Name!, p => p.Text);
        Assert.Equal("sora-2", fields["model"]);
        Assert.Equal("A cinematic aerial shot of a coastline at golden hour.", fields["prompt"]);
        Assert.Equal("1280x720", fields["size"]);
        Assert.Equal("5", fields["seconds"]);
        Assert.Equal("image/png", parts.Single(p => p.Name == "input_reference").ContentType);
    }

    [Fact]
    public async Task CreateMultipart_OfOpenAisMinimalSample_HasJustTheTwoFields()
    {
        // openai-videos-fragment.yaml, createVideo curl: -F "model=sora-2" -F "prompt=A calico cat playing a piano on stage"
        var request = new CreateVideoRequest("A calico cat playing a piano on stage") { Model = "sora-2" };

        using HttpContent content = SoraHttpContent.CreateMultipart(request);
        IReadOnlyList<MultipartPart> parts = await MultipartBody.ReadAsync(content);

        Assert.Equal(["prompt", "model"], parts.Select(p => p.Name ?? "(none)").ToArray());
        AssertPlainField(parts[0], "A calico cat playing a piano on stage");
        AssertPlainField(parts[1], "sora-2");
    }

    [Fact]
    public async Task CreateMultipart_SendsNonAsciiTextAsUtf8()
    {
        // 001's requests sample sends "prompt": "角马吃甜甜圈" as a form field.
        var request = new CreateVideoRequest("角马吃甜甜圈")
        {
            Model = "sora-2",
            Size = "1280x720",
            Seconds = "4",
            InputReference = FileUpload.FromBytes(TestImages.Get("jpeg-progressive-1280x720").Bytes, "image.jpg", "image/jpeg"),
        };

        using HttpContent content = SoraHttpContent.Create(request);
        IReadOnlyList<MultipartPart> parts = await MultipartBody.ReadAsync(content);

        Assert.Equal("角马吃甜甜圈", parts.Single(p => p.Name == "prompt").Text);
        Assert.Equal("image.jpg", parts.Single(p => p.Name == "input_reference").FileName);
    }

    [Fact]
    public async Task CreateMultipart_GivesANonAsciiFileNameInFileNameStar()
    {
        var request = new CreateVideoRequest("A cat")
        {
            InputReference = FileUpload.FromBytes(TestImages.Get("png-720x1280").Bytes, "猫.png"),
        };

        using HttpContent content = SoraHttpContent.CreateMultipart(request);
        MultipartPart file = (await MultipartBody.ReadAsync(content)).Single(p => p.Name == "input_reference");

        Assert.Equal("猫.png", file.FileNameStar);
        Assert.NotNull(file.FileName);
        Assert.All(file.FileName, c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public async Task CreateMultipart_SendsAnImageReferenceAsAJsonPart()
    {
        var request = new CreateVideoRequest("A cat")
        {
            Model = "sora-2",
            InputReference = new ImageReference { ImageUrl = "https://example.com/image.jpg" },
        };

        using HttpContent content = SoraHttpContent.CreateMultipart(request);
        IReadOnlyList<MultipartPart> parts = await MultipartBody.ReadAsync(content);

        MultipartPart reference = parts.Single(p => p.Name == "input_reference");
        Assert.Null(reference.FileName);
        Assert.StartsWith("application/json", reference.ContentType, StringComparison.Ordinal);
        JsonAssert.Equivalent("""{"image_url":"https://example.com/image.jpg"}""", reference.Text);
        AssertPlainField(parts.Single(p => p.Name == "prompt"), "A cat");
    }

    [Fact]
    public void CreateJson_OfABodyHoldingAFile_ThrowsNamingInputReference()
    {
        var request = new CreateVideoRequest("A cat") { InputReference = FileUpload.FromBytes(TestImages.Get("png-720x1280").Bytes, "a.png") };

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(() => SoraHttpContent.CreateJson(request));

        Assert.Contains("input_reference", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remix_IsAJsonBody()
    {
        using HttpContent content = SoraHttpContent.Create(new RemixVideoRequest("Make it night"));

        Assert.Equal("application/json", content.Headers.ContentType?.MediaType);
        JsonAssert.Equivalent("""{"prompt":"Make it night"}""", await content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_KeepsAdditionalPropertiesOfTheRequest()
    {
        var request = new CreateVideoRequest("A cat")
        {
            AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement>
            {
                ["user"] = System.Text.Json.JsonDocument.Parse("\"u-1\"").RootElement,
            },
        };

        using HttpContent content = SoraHttpContent.Create(request);

        JsonAssert.Equivalent("""{"prompt":"A cat","user":"u-1"}""", await content.ReadAsStringAsync());
    }

    private static void AssertPlainField(MultipartPart part, string value)
    {
        Assert.Equal(value, part.Text);
        Assert.Null(part.FileName);
        Assert.Null(part.ContentType);
    }
}
