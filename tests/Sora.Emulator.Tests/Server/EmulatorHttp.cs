using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

/// <summary>Raw HTTP against an emulator, as any client would speak it (no Sora.Client here).</summary>
internal sealed class EmulatorHttp : IDisposable
{
    private readonly SoraEmulator _emulator;

    public EmulatorHttp(SoraEmulator emulator)
    {
        _emulator = emulator;
        Client = new HttpClient();
    }

    public HttpClient Client { get; }

    public Uri Url(string relative) => new(_emulator.BaseAddress.AbsoluteUri.TrimEnd('/') + relative);

    public HttpRequestMessage Request(HttpMethod method, string relative, HttpContent? content = null, string? key = null)
    {
        var request = new HttpRequestMessage(method, Url(relative)) { Content = content };
        key ??= _emulator.ApiKey;
        if (key.Length > 0)
        {
            if (_emulator.Provider.Auth == "api-key")
            {
                request.Headers.Add("api-key", key);
            }
            else
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }
        }

        return request;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string relative, HttpContent? content = null, string? key = null) =>
        Client.SendAsync(Request(method, relative, content, key));

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The fields of a JSON object as a multipart form, each as its text (as curl's <c>-F name=value</c>).</summary>
    public static MultipartFormDataContent Form(string json)
    {
        var form = new MultipartFormDataContent();
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            form.Add(new StringContent(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()), property.Name);
        }

        return form;
    }

    /// <summary>The create body the profile takes, holding the fields of <paramref name="json"/> (a flat object).</summary>
    public static HttpContent CreateBody(SoraProvider provider, string json)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        foreach (var required in provider.GetRequiredProperties(nameof(CreateVideoRequest)).Where(name => !fields.ContainsKey(name)))
        {
            fields[required] = JsonSerializer.SerializeToElement(CreateVideoRequest.DefaultModel.Value);
        }

        var body = JsonSerializer.Serialize(fields);
        return provider.CreateContentTypes.Contains("application/json") ? Json(body) : Form(body);
    }

    /// <summary>
    /// Creates a job from <paramref name="json"/>, in the form the profile takes: JSON, or the same fields as a
    /// multipart form when it takes no JSON (new-api); a model the profile requires (LiteLLM) is added when absent.
    /// </summary>
    public async Task<Video> CreateAsync(string json)
    {
        using var response = await SendAsync(HttpMethod.Post, "/videos", CreateBody(_emulator.Provider, json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize(body, SoraJsonContext.Default.Video)!;
    }

    public async Task<Video> GetAsync(string id)
    {
        using var response = await SendAsync(HttpMethod.Get, "/videos/" + id);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize(body, SoraJsonContext.Default.Video)!;
    }

    /// <summary>Asserts an error answer in the documented envelope (or the profile's error shape) and returns its error.</summary>
    public static async Task<ApiError> ErrorOf(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return ErrorBody.Read(System.Text.Encoding.UTF8.GetBytes(body));
    }

    public void Dispose() => Client.Dispose();
}
