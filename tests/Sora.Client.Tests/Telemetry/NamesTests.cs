using System.Diagnostics.Metrics;
using System.Reflection;
using Sora.Client.Telemetry;

namespace Sora.Client.Tests.Telemetry;

/// <summary>The names, versions, units and descriptions an exporter and the README rely on.</summary>
public sealed class NamesTests
{
    private static readonly string s_version =
        typeof(SoraClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public void TheSourceAndTheMeter_AreNamedAfterTheClientPackage_AndVersionedByIt()
    {
        Assert.Equal(SoraTelemetry.ActivitySourceName, typeof(SoraClient).Assembly.GetName().Name);
        Assert.Equal(SoraTelemetry.MeterName, typeof(SoraClient).Assembly.GetName().Name);
        Assert.Equal((SoraTelemetry.ActivitySourceName, s_version), (SoraInstrumentation.Source.Name, SoraInstrumentation.Source.Version));
        Assert.Equal((SoraTelemetry.MeterName, s_version), (SoraInstrumentation.Meter.Name, SoraInstrumentation.Meter.Version));
    }

    [Fact]
    public void EveryInstrument_HasItsNameUnitAndADescription()
    {
        Instrument[] instruments = [SoraInstrumentation.JobDuration, SoraInstrumentation.PollsPerJob, SoraInstrumentation.Retries, SoraInstrumentation.DownloadedBytes];

        Assert.Equal(
            [("sora.client.job.duration", "s"), ("sora.client.job.polls", "{poll}"), ("sora.client.retries", "{retry}"), ("sora.client.download.bytes", "By")],
            instruments.Select(i => (i.Name, i.Unit)));
        Assert.All(instruments, i => Assert.False(string.IsNullOrWhiteSpace(i.Description)));
        Assert.All(instruments, i => Assert.Same(SoraInstrumentation.Meter, i.Meter));
    }
}
