using System.Buffers.Binary;
using Sora.Contracts.Images;
using Xunit;

namespace Sora.Contracts.Tests.Images;

public sealed class ImageHeaderReaderTests
{
    public static TheoryData<string> ImageNames => TestImages.Names;

    // ---- Reading valid headers ----

    [Theory]
    [MemberData(nameof(ImageNames))]
    public void TryRead_ReadsFormatAndSizeOfValidImage(string name)
    {
        TestImage image = TestImages.Get(name);

        bool ok = ImageHeaderReader.TryRead(image.Bytes, out ImageInfo info, out string? error);

        Assert.True(ok, error);
        Assert.Null(error);
        Assert.Equal(image.Expected, info);
    }

    [Theory]
    [MemberData(nameof(ImageNames))]
    public void Read_ReturnsTheSameInfoAsTryRead(string name)
    {
        TestImage image = TestImages.Get(name);

        Assert.Equal(image.Expected, ImageHeaderReader.Read(image.Bytes));
    }

    [Theory]
    [InlineData(TestImageKind.Png, 1280, 720)]
    [InlineData(TestImageKind.Png, 720, 1280)]
    [InlineData(TestImageKind.Png, 1792, 1024)]
    [InlineData(TestImageKind.JpegBaseline, 1280, 720)]
    [InlineData(TestImageKind.JpegBaseline, 720, 1280)]
    [InlineData(TestImageKind.JpegProgressive, 1792, 1024)]
    [InlineData(TestImageKind.WebPLossy, 1280, 720)]
    [InlineData(TestImageKind.WebPLossless, 720, 1280)]
    [InlineData(TestImageKind.WebPExtended, 1792, 1024)]
    public void TryRead_ReportsWidthAndHeightInTheRightOrder(TestImageKind kind, int width, int height)
    {
        ImageInfo info = ImageHeaderReader.Read(TestImages.Create(kind, width, height).Bytes);

        Assert.Equal(width, info.Width);
        Assert.Equal(height, info.Height);
        Assert.True(info.HasDimensions($"{width}x{height}"));
    }

    [Theory]
    [InlineData(TestImageKind.Png, 1, 1)]
    [InlineData(TestImageKind.JpegBaseline, 1, 1)]
    [InlineData(TestImageKind.JpegBaseline, 65535, 65535)]
    [InlineData(TestImageKind.WebPLossy, 1, 1)]
    [InlineData(TestImageKind.WebPLossy, 16383, 16383)]
    [InlineData(TestImageKind.WebPLossless, 1, 1)]
    [InlineData(TestImageKind.WebPLossless, 16384, 16384)]
    [InlineData(TestImageKind.WebPExtended, 1, 1)]
    [InlineData(TestImageKind.WebPExtended, 16384, 16384)]
    public void TryRead_ReadsTheSmallestAndLargestSizeEachEncodingCanHold(TestImageKind kind, int width, int height)
    {
        Assert.Equal(TestImages.Create(kind, width, height).Expected, ImageHeaderReader.Read(TestImages.Create(kind, width, height).Bytes));
    }

    [Theory]
    [InlineData(TestImageKind.Png, ImageFormat.Png, "image/png")]
    [InlineData(TestImageKind.JpegBaseline, ImageFormat.Jpeg, "image/jpeg")]
    [InlineData(TestImageKind.JpegProgressive, ImageFormat.Jpeg, "image/jpeg")]
    [InlineData(TestImageKind.WebPLossy, ImageFormat.WebP, "image/webp")]
    [InlineData(TestImageKind.WebPLossless, ImageFormat.WebP, "image/webp")]
    [InlineData(TestImageKind.WebPExtended, ImageFormat.WebP, "image/webp")]
    public void TryRead_ReportsTheFormatAndItsMediaType(TestImageKind kind, ImageFormat format, string mediaType)
    {
        ImageInfo info = ImageHeaderReader.Read(TestImages.Create(kind, 1280, 720).Bytes);

        Assert.Equal(format, info.Format);
        Assert.Equal(mediaType, info.MediaType);
    }

    [Fact]
    public void Png_AcceptsTheLargestWidthTheSpecificationAllows()
    {
        TestImage image = TestImages.Png(int.MaxValue, 1, int.MaxValue, 1);

        Assert.Equal(new ImageInfo(ImageFormat.Png, int.MaxValue, 1), ImageHeaderReader.Read(image.Bytes));
    }

    [Fact]
    public void Jpeg_SkipsFillBytesAndStandaloneMarkersBeforeTheFrameHeader()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8, 0xFF, 0xFF, 0xFF };
        TestImages.AddJpegSegment(jpeg, 0xE0, "JFIF\0"u8);
        jpeg.AddRange([0xFF, 0x01, 0xFF, 0xD0, 0xFF, 0xFF, 0xD7]);
        jpeg.AddRange([0xFF, 0xFF]);
        TestImages.AddJpegSegment(jpeg, 0xC0, TestImages.FramePayload(1280, 720));

        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 1280, 720), ImageHeaderReader.Read(jpeg.ToArray()));
    }

    [Fact]
    public void Jpeg_DoesNotMistakeDhtJpgOrDacForAFrameHeader()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };

        // Each of these carries a payload that would read as a 1x1 frame if taken for SOFn.
        byte[] lookalike = TestImages.FramePayload(1, 1);
        TestImages.AddJpegSegment(jpeg, 0xC4, lookalike);
        TestImages.AddJpegSegment(jpeg, 0xC8, lookalike);
        TestImages.AddJpegSegment(jpeg, 0xCC, lookalike);
        TestImages.AddJpegSegment(jpeg, 0xC1, TestImages.FramePayload(1792, 1024));

        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 1792, 1024), ImageHeaderReader.Read(jpeg.ToArray()));
    }

    [Theory]
    [InlineData(0xC0)]
    [InlineData(0xC1)]
    [InlineData(0xC2)]
    [InlineData(0xC3)]
    [InlineData(0xC5)]
    [InlineData(0xC6)]
    [InlineData(0xC7)]
    [InlineData(0xC9)]
    [InlineData(0xCA)]
    [InlineData(0xCB)]
    [InlineData(0xCD)]
    [InlineData(0xCE)]
    [InlineData(0xCF)]
    public void Jpeg_ReadsTheSizeFromEveryStartOfFrameMarker(byte marker)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        TestImages.AddJpegSegment(jpeg, marker, TestImages.FramePayload(720, 1280));

        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 720, 1280), ImageHeaderReader.Read(jpeg.ToArray()));
    }

    [Fact]
    public void WebP_Vp8IgnoresTheUpscalingBitsAboveTheFourteenBitSize()
    {
        byte[] vp8 = TestImages.Vp8Payload(1280, 720);
        vp8[7] |= 0xC0;
        vp8[9] |= 0x40;

        Assert.Equal(new ImageInfo(ImageFormat.WebP, 1280, 720), ImageHeaderReader.Read(TestImages.Riff(("VP8 ", vp8))));
    }

    [Fact]
    public void WebP_Vp8XReadsCanvasSizesBeyondWhatVp8CanHold()
    {
        var vp8x = new byte[10];
        vp8x[4] = 0xFF;
        vp8x[5] = 0xFF;
        vp8x[6] = 0xFF;
        vp8x[7] = 0x01;

        Assert.Equal(new ImageInfo(ImageFormat.WebP, 1 << 24, 2), ImageHeaderReader.Read(TestImages.Riff(("VP8X", vp8x))));
    }

    [Fact]
    public void TryRead_IgnoresEverythingAfterTheHeader()
    {
        TestImage image = TestImages.Get("png-1280x720");
        byte[] withTrailingGarbage = [.. image.Bytes, .. Enumerable.Repeat((byte)0xAB, 100)];

        Assert.Equal(image.Expected, ImageHeaderReader.Read(withTrailingGarbage));
    }

    // ---- Truncation ----

    [Theory]
    [MemberData(nameof(ImageNames))]
    public void TryRead_RejectsEveryPrefixShorterThanTheHeader_AndAcceptsEveryLongerOne(string name)
    {
        TestImage image = TestImages.Get(name);

        for (int length = 0; length <= image.Bytes.Length; length++)
        {
            ReadOnlySpan<byte> prefix = image.Bytes.AsSpan(0, length);
            bool ok = ImageHeaderReader.TryRead(prefix, out ImageInfo info, out string? error);

            if (length < image.HeaderLength)
            {
                Assert.False(ok, $"A {length}-byte prefix of {name} was accepted as {info}.");
                Assert.Equal(default, info);
                AssertOneSentence(error);
            }
            else
            {
                Assert.True(ok, $"A {length}-byte prefix of {name} was rejected: {error}");
                Assert.Equal(image.Expected, info);
            }
        }
    }

    [Theory]
    [InlineData(TestImageKind.Png, 24)]
    [InlineData(TestImageKind.WebPLossy, 30)]
    [InlineData(TestImageKind.WebPLossless, 25)]
    [InlineData(TestImageKind.WebPExtended, 30)]
    public void TryRead_NeedsOnlyTheFixedHeaderOfPngAndWebP(TestImageKind kind, int headerLength)
    {
        byte[] bytes = TestImages.Create(kind, 1280, 720).Bytes;

        Assert.True(ImageHeaderReader.TryRead(bytes.AsSpan(0, headerLength), out _, out _));
        Assert.False(ImageHeaderReader.TryRead(bytes.AsSpan(0, headerLength - 1), out _, out _));
    }

    [Fact]
    public void Png_TruncatedIhdr_SaysHowManyBytesAreNeededAndPresent()
    {
        byte[] bytes = TestImages.Get("png-1280x720").Bytes[..17];

        AssertRejected(bytes, "The PNG header is truncated: IHDR needs 24 bytes but only 17 are present.");
    }

    [Fact]
    public void Jpeg_EndingBetweenSegments_SaysTheFrameHeaderIsMissing()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        TestImages.AddJpegSegment(jpeg, 0xE0, "JFIF\0"u8);

        AssertRejected(jpeg.ToArray(), "The JPEG ends before a frame header (SOFn) gives its size.");
    }

    [Fact]
    public void WebP_TruncatedRiffHeader_SaysHowManyBytesAreNeededAndPresent()
    {
        AssertRejected("RIFF"u8.ToArray(), "The WebP header is truncated: the RIFF header needs 12 bytes but only 4 are present.");
    }

    // ---- Lying headers ----

    [Fact]
    public void Png_IhdrLengthRunningPastTheEnd_IsRejected()
    {
        byte[] bytes = TestImages.Get("png-1280x720").Bytes;
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 0x7FFFFFFF);

        AssertRejected(bytes, "The PNG IHDR chunk declares a length of 2147483647, but it must be 13.");
    }

    [Fact]
    public void Png_FirstChunkOtherThanIhdr_IsRejected()
    {
        byte[] bytes = TestImages.Get("png-1280x720").Bytes;
        "IDAT"u8.CopyTo(bytes.AsSpan(12));

        AssertRejected(bytes, "The PNG's first chunk is 'IDAT', but it must be IHDR.");
    }

    [Fact]
    public void Png_ZeroWidth_IsRejected()
    {
        AssertRejected(TestImages.Png(0, 720, 0, 720).Bytes, "The PNG header declares a width of 0.");
    }

    [Fact]
    public void Png_ZeroHeight_IsRejected()
    {
        AssertRejected(TestImages.Png(1280, 0, 1280, 0).Bytes, "The PNG header declares a height of 0.");
    }

    [Fact]
    public void Png_WidthAboveInt32MaxValue_IsRejected()
    {
        AssertRejected(
            TestImages.Png(1, 1, 0x80000000, 1).Bytes,
            "The PNG header declares a width of 2147483648, above the maximum of 2147483647.");
    }

    [Fact]
    public void Jpeg_SegmentLengthOfOne_IsRejected()
    {
        AssertRejected(TestImages.Hex("FF D8 FF E0 00 01 4A 46"), "The JPEG segment FFE0 at offset 2 declares a length of 1, below the minimum of 2.");
    }

    [Fact]
    public void Jpeg_SegmentLengthRunningPastTheEnd_IsReportedAsTruncated()
    {
        byte[] bytes = TestImages.Get("jpeg-baseline-1280x720").Bytes;

        // The APP1 segment follows SOI (2 bytes) and APP0 (18 bytes).
        Assert.Equal(0xE1, bytes[21]);
        bytes[22] = 0xFF;
        bytes[23] = 0xFF;

        AssertRejected(bytes, $"The JPEG segment FFE1 at offset 20 is truncated: it declares 65535 bytes but only {bytes.Length - 22} are present.");
    }

    [Fact]
    public void Jpeg_ZeroHeight_IsRejectedBecauseDnlIsNotSupported()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        TestImages.AddJpegSegment(jpeg, 0xC0, TestImages.FramePayload(1280, 0));

        AssertRejected(jpeg.ToArray(), "The JPEG frame header declares a height of 0, which defers the height to a DNL marker, and DNL is not supported.");
    }

    [Fact]
    public void Jpeg_ZeroWidth_IsRejected()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        TestImages.AddJpegSegment(jpeg, 0xC2, TestImages.FramePayload(0, 720));

        AssertRejected(jpeg.ToArray(), "The JPEG frame header declares a width of 0.");
    }

    [Fact]
    public void Jpeg_FrameHeaderTooShortToHoldASize_IsRejected()
    {
        AssertRejected(
            TestImages.Hex("FF D8 FF C0 00 05 08 02 D0"),
            "The JPEG frame header (SOF0) at offset 2 declares a length of 5, below the minimum of 8.");
    }

    [Fact]
    public void Jpeg_ScanBeforeAnyFrameHeader_IsRejected()
    {
        AssertRejected(
            TestImages.Hex("FF D8 FF DA 00 08 01 01 00 00 3F 00"),
            "The JPEG reaches a start-of-scan marker (SOS) before a frame header (SOFn) gives its size.");
    }

    [Fact]
    public void Jpeg_EndOfImageBeforeAnyFrameHeader_IsRejected()
    {
        AssertRejected(
            TestImages.Hex("FF D8 FF D9"),
            "The JPEG reaches its end-of-image marker (EOI) before a frame header (SOFn) gives its size.");
    }

    [Fact]
    public void Jpeg_DataWhereAMarkerShouldBe_IsRejected()
    {
        AssertRejected(
            TestImages.Hex("FF D8 FF E0 00 02 12 34"),
            "The JPEG has the byte 12 at offset 6 where a marker (FF) was expected.");
    }

    [Fact]
    public void Jpeg_SecondStartOfImage_IsRejected()
    {
        AssertRejected(TestImages.Hex("FF D8 FF D8"), "The JPEG has a second start-of-image marker (SOI) at offset 2.");
    }

    [Theory]
    [InlineData(TestImageKind.WebPLossy, "'VP8 '", 31)]
    [InlineData(TestImageKind.WebPLossless, "'VP8L'", 24)]
    [InlineData(TestImageKind.WebPExtended, "'VP8X'", 10)]
    public void WebP_RiffSizeTooSmallForTheFirstChunk_IsRejectedAsALyingHeader(TestImageKind kind, string chunk, int chunkSize)
    {
        byte[] bytes = TestImages.Create(kind, 1280, 720).Bytes;
        uint riffSize = (uint)(4 + 8 + chunkSize - 1);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), riffSize);

        AssertRejected(bytes, $"The WebP RIFF size of {riffSize} bytes is too small to hold its {chunk} chunk of {chunkSize} bytes.");
    }

    [Fact]
    public void WebP_ChunkSizeRunningPastTheRiffSize_IsRejected()
    {
        byte[] bytes = TestImages.Get("webp-lossy-1280x720").Bytes;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), uint.MaxValue);

        AssertRejected(bytes, $"The WebP RIFF size of {bytes.Length - 8} bytes is too small to hold its 'VP8 ' chunk of 4294967295 bytes.");
    }

    [Fact]
    public void WebP_ChunkTooSmallForItsOwnHeader_IsRejected()
    {
        byte[] bytes = TestImages.Riff(("VP8L", [0x2F, 0, 0, 0]));

        AssertRejected(bytes, "The WebP 'VP8L' chunk declares 4 bytes, fewer than the 5 its header needs.");
    }

    [Fact]
    public void WebP_Vp8ZeroWidth_IsRejected()
    {
        AssertRejected(TestImages.Riff(("VP8 ", TestImages.Vp8Payload(0, 720))), "The WebP VP8 frame declares a width of 0.");
    }

    [Fact]
    public void WebP_Vp8ZeroHeight_IsRejected()
    {
        AssertRejected(TestImages.Riff(("VP8 ", TestImages.Vp8Payload(1280, 0))), "The WebP VP8 frame declares a height of 0.");
    }

    [Fact]
    public void WebP_Vp8WithoutItsStartCode_IsRejected()
    {
        byte[] vp8 = TestImages.Vp8Payload(1280, 720);
        vp8[4] = 0x02;

        AssertRejected(TestImages.Riff(("VP8 ", vp8)), "The WebP VP8 frame lacks the start code 9D 01 2A (it has 9D 02 2A).");
    }

    [Fact]
    public void WebP_Vp8InterFrame_IsRejected()
    {
        byte[] vp8 = TestImages.Vp8Payload(1280, 720);
        vp8[0] |= 1;

        AssertRejected(TestImages.Riff(("VP8 ", vp8)), "The WebP VP8 frame is not a key frame, so it carries no size.");
    }

    [Fact]
    public void WebP_Vp8LWithoutItsSignatureByte_IsRejected()
    {
        AssertRejected(TestImages.Riff(("VP8L", [0x2E, 0, 0, 0, 0])), "The WebP VP8L chunk lacks the signature byte 2F (it has 2E).");
    }

    [Fact]
    public void WebP_Vp8LWithAnUndefinedVersion_IsRejected()
    {
        AssertRejected(TestImages.Riff(("VP8L", [0x2F, 0, 0, 0, 0x20])), "The WebP VP8L header declares version 1, but only version 0 is defined.");
    }

    [Fact]
    public void WebP_FirstChunkThatIsNotAnImage_IsRejected()
    {
        AssertRejected(TestImages.Riff(("ICCP", new byte[16])), "The WebP's first chunk is 'ICCP', but it must be 'VP8 ', 'VP8L' or 'VP8X'.");
    }

    [Fact]
    public void Riff_ThatIsNotWebP_IsRejected()
    {
        byte[] avi = TestImages.Riff(("LIST", new byte[16]));
        "AVI "u8.CopyTo(avi.AsSpan(8));

        AssertRejected(avi, "The RIFF file is not WebP: its form type is 'AVI '.");
    }

    // ---- Unknown formats ----

    [Theory]
    [InlineData("47 49 46 38 39 61 00 05 D0 02 00 00", "47 49 46 38")] // GIF89a
    [InlineData("25 50 44 46 2D 31 2E 37 0A", "25 50 44 46")] // %PDF-1.7
    [InlineData("42 4D 36 00 0C 00", "42 4D 36 00")] // BMP
    [InlineData("00 00 00 20 66 74 79 70 61 76 69 66", "00 00 00 20")] // AVIF
    [InlineData("47", "47")]
    [InlineData("00", "00")]
    public void TryRead_RejectsFormatsOtherThanPngJpegAndWebP(string hex, string start)
    {
        AssertRejected(TestImages.Hex(hex), $"The image is not PNG, JPEG or WebP (it starts with {start}).");
    }

    [Fact]
    public void TryRead_RejectsAnEmptySpan()
    {
        AssertRejected([], "The image is empty: it has no bytes.");
    }

    // ---- Robustness ----

    [Fact]
    public void TryRead_NeverThrowsOnRandomBytes()
    {
        var random = new Random(20240601);
        for (int i = 0; i < 10_000; i++)
        {
            var bytes = new byte[random.Next(0, 80)];
            random.NextBytes(bytes);
            AssertConsistent(bytes);
        }
    }

    [Fact]
    public void TryRead_NeverThrowsOnRandomBytesAfterAValidSignature()
    {
        byte[][] starts =
        [
            TestImages.Hex("89 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48 44 52"),
            TestImages.Hex("FF D8"),
            [.. "RIFF"u8, 0xFF, 0xFF, 0xFF, 0x7F, .. "WEBPVP8 "u8],
            [.. "RIFF"u8, 0xFF, 0xFF, 0xFF, 0x7F, .. "WEBPVP8L"u8],
            [.. "RIFF"u8, 0xFF, 0xFF, 0xFF, 0x7F, .. "WEBPVP8X"u8],
        ];
        var random = new Random(7);
        for (int i = 0; i < 10_000; i++)
        {
            byte[] start = starts[i % starts.Length];
            var bytes = new byte[start.Length + random.Next(0, 48)];
            start.CopyTo(bytes, 0);
            for (int j = start.Length; j < bytes.Length; j++)
            {
                // Plenty of FF and small values, so the JPEG walker meets markers and tiny lengths often.
                bytes[j] = random.Next(4) switch
                {
                    0 => 0xFF,
                    1 => (byte)random.Next(0, 4),
                    _ => (byte)random.Next(256),
                };
            }

            AssertConsistent(bytes);
        }
    }

    [Fact]
    public void TryRead_NeverThrowsOnRandomMutationsOfValidImages()
    {
        TestImage[] images = [.. TestImages.All];
        var random = new Random(12345);
        for (int i = 0; i < 10_000; i++)
        {
            TestImage image = images[random.Next(images.Length)];
            byte[] bytes = (byte[])image.Bytes.Clone();
            int mutations = random.Next(1, 5);
            for (int m = 0; m < mutations; m++)
            {
                // Aim mostly at the structural bytes: the start of the file and the end of the header.
                int position = random.Next(3) switch
                {
                    0 => random.Next(Math.Min(40, bytes.Length)),
                    1 => Math.Max(0, image.HeaderLength - 1 - random.Next(24)),
                    _ => random.Next(bytes.Length),
                };
                bytes[position] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)(bytes[position] ^ (1 << random.Next(8)));
            }

            int length = random.Next(4) == 0 ? random.Next(bytes.Length + 1) : bytes.Length;
            AssertConsistent(bytes.AsSpan(0, length));
        }
    }

    [Theory]
    [MemberData(nameof(ImageNames))]
    public void TryRead_DoesNotAllocateOnSuccess(string name)
    {
        byte[] bytes = TestImages.Get(name).Bytes;
        ImageInfo info = default;
        for (int i = 0; i < 10; i++)
        {
            ImageHeaderReader.TryRead(bytes, out info, out _);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            ImageHeaderReader.TryRead(bytes, out info, out _);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.NotEqual(default, info);
    }

    // ---- Read ----

    [Theory]
    [InlineData("")]
    [InlineData("47 49 46 38 39 61")]
    [InlineData("89 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48")]
    [InlineData("FF D8 FF E0 00 01")]
    [InlineData("FF D8 FF C0 00 11 08 00 00 05 00 03 01 22 00 02 11 01 03 11 01")]
    [InlineData("52 49 46 46 04 00 00 00 57 45 42 50 56 50 38 4C 05 00 00 00 2F 00 00 00 00")]
    public void Read_ThrowsInvalidImageExceptionWithTheMessageTryReadReports(string hex)
    {
        byte[] bytes = TestImages.Hex(hex);
        Assert.False(ImageHeaderReader.TryRead(bytes, out _, out string? error));

        InvalidImageException exception = Assert.Throws<InvalidImageException>(() => ImageHeaderReader.Read(bytes));

        Assert.Equal(error, exception.Message);
        Assert.IsAssignableFrom<FormatException>(exception);
    }

    // ---- ImageInfo ----

    [Theory]
    [InlineData("1280x720", true)]
    [InlineData("1280X720", false)]
    [InlineData(" 1280x720", false)]
    [InlineData("1280x720 ", false)]
    [InlineData("1280 x 720", false)]
    [InlineData("+1280x720", false)]
    [InlineData("1280x+720", false)]
    [InlineData("-1280x720", false)]
    [InlineData("1280x", false)]
    [InlineData("x720", false)]
    [InlineData("x", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("720x1280", false)]
    [InlineData("1280x721", false)]
    [InlineData("1280x720x1", false)]
    [InlineData("1280×720", false)]
    [InlineData("１２８０x720", false)]
    [InlineData("1280x720\0", false)]
    [InlineData("1,280x720", false)]
    [InlineData("99999999999x1", false)]
    [InlineData("1x99999999999", false)]
    public void HasDimensions_MatchesOnlyExactLowerCaseWidthByHeight(string? text, bool expected)
    {
        var info = new ImageInfo(ImageFormat.Png, 1280, 720);

        Assert.Equal(expected, info.HasDimensions(text));
    }

    [Theory]
    [InlineData("1792x1024", true, 1792, 1024)]
    [InlineData("0x0", true, 0, 0)]
    [InlineData("1792X1024", false, 0, 0)]
    [InlineData("1792x", false, 0, 0)]
    [InlineData("1792x1024 ", false, 0, 0)]
    [InlineData(null, false, 0, 0)]
    public void TryParseDimensions_ReadsOnlyDigitsXDigits(string? text, bool expected, int width, int height)
    {
        Assert.Equal(expected, ImageInfo.TryParseDimensions(text, out var w, out var h));
        Assert.Equal((width, height), (w, h));
    }

    [Fact]
    public void HasDimensions_AcceptsTheLargestInt32Values()
    {
        var info = new ImageInfo(ImageFormat.Png, int.MaxValue, int.MaxValue);

        Assert.True(info.HasDimensions("2147483647x2147483647"));
        Assert.False(info.HasDimensions("2147483648x2147483647"));
    }

    [Theory]
    [InlineData(ImageFormat.Png, 1280, 720, "PNG 1280x720")]
    [InlineData(ImageFormat.Jpeg, 720, 1280, "JPEG 720x1280")]
    [InlineData(ImageFormat.WebP, 1792, 1024, "WebP 1792x1024")]
    public void ToString_NamesTheFormatAndTheSize(ImageFormat format, int width, int height, string expected)
    {
        Assert.Equal(expected, new ImageInfo(format, width, height).ToString());
    }

    private static void AssertRejected(byte[] bytes, string expectedError)
    {
        bool ok = ImageHeaderReader.TryRead(bytes, out ImageInfo info, out string? error);

        Assert.False(ok, $"Accepted as {info}.");
        Assert.Equal(default, info);
        Assert.Equal(expectedError, error);
        AssertOneSentence(error);
        Assert.Equal(expectedError, Assert.Throws<InvalidImageException>(() => ImageHeaderReader.Read(bytes)).Message);
    }

    private static void AssertConsistent(ReadOnlySpan<byte> bytes)
    {
        bool ok = ImageHeaderReader.TryRead(bytes, out ImageInfo info, out string? error);
        if (ok)
        {
            Assert.Null(error);
            Assert.True(info.Width > 0 && info.Height > 0, $"Accepted with a non-positive size: {info}.");
        }
        else
        {
            Assert.Equal(default, info);
            AssertOneSentence(error);
        }
    }

    private static void AssertOneSentence(string? error)
    {
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.EndsWith(".", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.True(char.IsUpper(error[0]), error);
    }
}
