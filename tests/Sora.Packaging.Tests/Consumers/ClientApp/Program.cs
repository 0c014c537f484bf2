using System.Text.Json;
using Sora.Client;
using Sora.Contracts;
using Sora.Emulator;

var request = new CreateVideoRequest.Builder("A lighthouse at dawn")
    .WithModel(VideoModel.Sora2Pro)
    .WithSize("1792x1024")
    .WithSeconds(8)
    .Build();
Console.WriteLine("json " + JsonSerializer.Serialize(request, SoraJsonContext.Default.CreateVideoRequest));
Console.WriteLine("ezmodel " + string.Join(", ", request.Validate(SoraProvider.Get("ezmodel")).Violations.Select(v => $"{v.Param}:{v.Code}")));

await using var emulator = await SoraEmulator.StartAsync();
using var client = new SoraClient(new SoraClientOptions { BaseAddress = emulator.BaseAddress, ApiKey = emulator.ApiKey, Provider = emulator.Provider });
Video created = await client.CreateAsync(new CreateVideoRequest("A cat on a motorcycle at night"));
Video fetched = await client.GetAsync(created.Id);
Console.WriteLine($"video {fetched.Id} {fetched.Status}");
