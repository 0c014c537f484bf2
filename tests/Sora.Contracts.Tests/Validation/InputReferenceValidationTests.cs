using Sora.Contracts.Tests.Images;
using Sora.Contracts.Validation;

namespace Sora.Contracts.Tests.Validation;

/// <summary>
/// 001_d411cea1ea856dda.txt: input_reference is a JPEG, PNG or WebP whose resolution "必须与 size 参数完全匹配" (must
/// match size exactly); PRODUCT.md: or a JSON object with exactly one of image_url / file_id.
/// </summary>
public sealed class InputReferenceValidationTests
{
    public static TheoryData<TestImageKind> Kinds => new(Enum.GetValues<TestImageKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Validate_AcceptsAnImageWhosePixelSizeEqualsSize(TestImageKind kind)
    {
        var request = new CreateVideoRequest("The cat starts walking slowly towards the camera")
        {
            Size = "1280x720",
            InputReference = Upload(TestImages.Create(kind, 1280, 720)),
        };

        SoraValidationResult result = request.Validate();

        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Validate_ComparesTheImageWithTheDefaultSizeWhenSizeIsAbsent(TestImageKind kind)
    {
        var portrait = new CreateVideoRequest("A cat") { InputReference = Upload(TestImages.Create(kind, 720, 1280)) };
        var landscape = new CreateVideoRequest("A cat") { InputReference = Upload(TestImages.Create(kind, 1280, 720)) };

        Assert.True(portrait.Validate().IsValid, portrait.Validate().ToString());
        SoraViolation violation = Assert.Single(landscape.Validate().Violations);
        Assert.Equal(("input_reference", SoraViolationCodes.ImageSizeMismatch), (violation.Param, violation.Code));
        Assert.Contains("720x1280", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcceptsA1792ImageForA1792SizeWithAProModel()
    {
        var request = new CreateVideoRequest("A cat")
        {
            Model = "sora-2-pro",
            Size = "1792x1024",
            InputReference = Upload(TestImages.Get("webp-extended-1792x1024")),
        };

        Assert.True(request.Validate().IsValid, request.Validate().ToString());
    }

    [Theory]
    [InlineData("png-1280x720", "720x1280")]
    [InlineData("jpeg-baseline-720x1280", "1280x720")]
    [InlineData("webp-lossy-1792x1024", "1024x1792")]
    public void Validate_RejectsAnImageOfAnotherPixelSizeAsImageSizeMismatch(string image, string size)
    {
        TestImage picture = TestImages.Get(image);
        var request = new CreateVideoRequest("A cat") { Model = "sora-2-pro", Size = size, InputReference = Upload(picture) };

        SoraViolation violation = Assert.Single(request.Validate().Violations);

        Assert.Equal(("input_reference", SoraViolationCodes.ImageSizeMismatch), (violation.Param, violation.Code));
        Assert.Contains(size, violation.Message, StringComparison.Ordinal);
        Assert.Contains($"{picture.Expected.Width}x{picture.Expected.Height}", violation.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> ImageNames => TestImages.Names;

    [Theory]
    [MemberData(nameof(ImageNames))]
    public void Validate_RejectsATruncatedImageAsInvalidImage(string name)
    {
        TestImage image = TestImages.Get(name);
        byte[] truncated = image.Bytes[..(image.HeaderLength - 1)];
        var request = new CreateVideoRequest("A cat")
        {
            Size = $"{image.Expected.Width}x{image.Expected.Height}",
            Model = "sora-2-pro",
            InputReference = FileUpload.FromBytes(truncated, "frame.bin", image.Expected.MediaType),
        };

        SoraViolation violation = Assert.Single(request.Validate().Violations);

        Assert.Equal(("input_reference", SoraViolationCodes.InvalidImage), (violation.Param, violation.Code));
        Assert.StartsWith("input_reference", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x05, 0xD0, 0x02 })] // GIF89a 1280x720
    [InlineData(new byte[] { 0x68, 0x65, 0x6C, 0x6C, 0x6F })] // "hello"
    public void Validate_RejectsBytesThatAreNotAnImageAsInvalidImage(byte[] bytes)
    {
        var request = new CreateVideoRequest("A cat") { InputReference = FileUpload.FromBytes(bytes, "image.jpg", "image/jpeg") };

        SoraViolation violation = Assert.Single(request.Validate().Violations);

        Assert.Equal(("input_reference", SoraViolationCodes.InvalidImage), (violation.Param, violation.Code));
    }

    [Fact]
    public void Validate_ReportsBothTheBadSizeAndTheMismatchedImage()
    {
        var request = new CreateVideoRequest("A cat")
        {
            Model = "sora-2-pro",
            Size = "1920x1080",
            InputReference = Upload(TestImages.Get("png-1280x720")),
        };

        Assert.Equal(
            "input_reference:image_size_mismatch, size:invalid_value",
            ValidatorTableTests.Describe(request.Validate().Violations.Select(v => (v.Param, v.Code))));
    }

    [Theory]
    [InlineData("https://example.com/image.jpg", null)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", null)]
    [InlineData(null, "file-abc123")]
    public void Validate_AcceptsAnImageReferenceWithExactlyOneSource(string? imageUrl, string? fileId)
    {
        var request = new CreateVideoRequest("A cat") { InputReference = new ImageReference { ImageUrl = imageUrl, FileId = fileId } };

        Assert.True(request.Validate().IsValid, request.Validate().ToString());
    }

    [Theory]
    [InlineData("https://example.com/image.jpg", "file-abc123")]
    [InlineData(null, null)]
    public void Validate_RejectsAnImageReferenceWithBothOrNeitherSourceAsInvalidCombination(string? imageUrl, string? fileId)
    {
        var request = new CreateVideoRequest("A cat") { InputReference = new ImageReference { ImageUrl = imageUrl, FileId = fileId } };

        SoraViolation violation = Assert.Single(request.Validate().Violations);

        Assert.Equal(("input_reference", SoraViolationCodes.InvalidCombination), (violation.Param, violation.Code));
        Assert.Contains("image_url", violation.Message, StringComparison.Ordinal);
        Assert.Contains("file_id", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageReferenceValidate_OnItsOwnNamesImageUrl()
    {
        SoraViolation violation = Assert.Single(new ImageReference().Validate().Violations);

        Assert.Equal(SoraViolationCodes.InvalidCombination, violation.Code);
    }

    [Fact]
    public void FileUploadFromBytes_SniffsTheContentTypeFromTheHeader()
    {
        Assert.Equal("image/png", FileUpload.FromBytes(TestImages.Get("png-1280x720").Bytes, "a.png").ContentType);
        Assert.Equal("image/jpeg", FileUpload.FromBytes(TestImages.Get("jpeg-progressive-1280x720").Bytes, "a").ContentType);
        Assert.Equal("image/webp", FileUpload.FromBytes(TestImages.Get("webp-lossless-720x1280").Bytes, "a").ContentType);
        Assert.Equal("application/octet-stream", FileUpload.FromBytes("hello"u8.ToArray(), "a.txt").ContentType);
    }

    [Fact]
    public void FileUploadToString_NamesTheFileButNeverItsBytes()
    {
        FileUpload upload = FileUpload.FromBytes(new byte[] { 0x41, 0x42, 0x43 }, "secret.png", "image/png");

        Assert.Equal("secret.png (image/png, 3 bytes)", upload.ToString());
    }

    private static VideoInputReference Upload(TestImage image) =>
        VideoInputReference.FromFile(FileUpload.FromBytes(image.Bytes, image.Name + ".img"));
}
