namespace Sora.Emulator.Tests.Media;

/// <summary>A fact that needs the named tools; see <see cref="MediaTools"/> for when it is skipped.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        Skip = MediaTools.SkipReason(tools);
    }
}

/// <summary>A theory that needs the named tools; see <see cref="MediaTools"/> for when it is skipped.</summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools)
    {
        Skip = MediaTools.SkipReason(tools);
    }
}
