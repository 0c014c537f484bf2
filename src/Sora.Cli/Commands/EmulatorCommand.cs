using System.CommandLine;
using System.Globalization;
using System.Net;
using Sora.Cli.Configuration;
using Sora.Cli.Output;
using Sora.Emulator;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary><c>sora emulator</c>: serve the emulator on loopback until Ctrl+C (its normal end, so exit code 0).</summary>
internal static class EmulatorCommand
{
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var port = OptionSyntax.WholeNumber("--port", "The loopback port; a free one when omitted.");
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && value is < IPEndPoint.MinPort or > IPEndPoint.MaxPort)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--port must be {IPEndPoint.MinPort} (any free port) to {IPEndPoint.MaxPort} ('{value}' is not)."));
            }
        });
        var key = new Option<string?>("--key") { Description = "The API key clients must send; a random one when omitted." };
        var command = new Command("emulator", "Serve the offline emulator on loopback, playing one provider profile, until Ctrl+C.") { port, key };
        globals.AddProviderTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var provider = CliSettings.Resolve(parsed, globals, io).Provider ?? DefaultProvider.Live;
            SoraEmulator emulator;
            try
            {
                emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = provider, Port = parsed.GetValue(port) ?? 0, ApiKey = parsed.GetValue(key) }, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException(e.Message);
            }

            await using (emulator.ConfigureAwait(false))
            {
                io.Console.WriteLine($"Sora emulator (profile {provider.Id}) at {emulator.BaseAddress}");
                // Printing this key is the point: it is the emulator's own, made up for this run, and clients need it.
                io.Console.WriteLine($"export {EnvironmentVariables.BaseUrl}={emulator.BaseAddress} {EnvironmentVariables.ApiKey}={emulator.ApiKey} {EnvironmentVariables.Provider}={provider.Id}");
                io.Console.WriteLine("Ctrl+C stops it.");
                if (io.Json)
                {
                    JsonResult.WriteObject(io, ("base_url", emulator.BaseAddress.ToString()), ("api_key", emulator.ApiKey), ("provider", provider.Id));
                }

                await emulator.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
