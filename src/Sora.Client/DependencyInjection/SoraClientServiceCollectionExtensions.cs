using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sora.Client.Http;

namespace Sora.Client;

/// <summary>Registers <see cref="SoraClient"/> as a typed client of <c>IHttpClientFactory</c>.</summary>
public static class SoraClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SoraClient"/> (transient, over a factory-managed <see cref="HttpClient"/> whose primary handler
    /// does not follow redirects) configured by <paramref name="configure"/>. When the options set no logger, the
    /// container's <see cref="ILoggerFactory"/> is used.
    /// </summary>
    /// <returns>The client's builder, to add handlers or replace the primary handler.</returns>
    public static IHttpClientBuilder AddSoraClient(this IServiceCollection services, Action<SoraClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        const string Name = nameof(SoraClient);
        services.AddOptions<SoraClientOptions>(Name).Configure(configure);
        return services.AddHttpClient(Name)
            .ConfigurePrimaryHttpMessageHandler(PrimaryHandler.Create)
            .AddTypedClient((http, provider) => new SoraClient(
                http,
                provider.GetRequiredService<IOptionsMonitor<SoraClientOptions>>().Get(Name),
                provider.GetService<ILoggerFactory>()?.CreateLogger<SoraClient>()));
    }
}
