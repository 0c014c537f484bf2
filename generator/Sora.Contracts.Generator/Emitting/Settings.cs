using System;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>How a named setting from a vendor extension becomes a typed C# member: <c>...Seconds</c> → TimeSpan.</summary>
internal static class Settings
{
    private const string SecondsSuffix = "Seconds";

    public static bool IsDuration(SettingModel setting) =>
        !setting.IsBoolean && setting.Identifier.EndsWith(SecondsSuffix, StringComparison.Ordinal) && setting.Identifier.Length > SecondsSuffix.Length;

    public static string Name(SettingModel setting) =>
        IsDuration(setting) ? setting.Identifier.Substring(0, setting.Identifier.Length - SecondsSuffix.Length) : setting.Identifier;

    public static string ValueType(SettingModel setting, bool nullable) =>
        (setting.IsBoolean ? "bool" : IsDuration(setting) ? "global::System.TimeSpan" : "int") + (nullable ? "?" : string.Empty);

    public static string Expression(SettingModel setting) =>
        setting.IsBoolean ? setting.Value : IsDuration(setting) ? $"global::System.TimeSpan.FromSeconds({setting.Value})" : setting.Value;
}
