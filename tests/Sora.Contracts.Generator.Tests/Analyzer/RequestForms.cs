namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>The ways a consumer constructs a <c>CreateVideoRequest</c>, each the analyzer must find.</summary>
public enum Form
{
    /// <summary><c>new CreateVideoRequest.Builder(prompt).WithX(..).Build()</c>.</summary>
    Build,

    /// <summary><c>new CreateVideoRequest.Builder(prompt).WithX(..).TryBuild(out var r, out _)</c>.</summary>
    TryBuild,

    /// <summary><c>new CreateVideoRequest(prompt) { X = .. }</c>.</summary>
    Initializer,

    /// <summary><c>new(prompt) { X = .. }</c> where the target type is the request.</summary>
    TargetTyped,

    /// <summary><c>request with { X = .. }</c>: what the with does not set is unknown.</summary>
    With,
}

/// <summary>Writes one construction of a request in a chosen <see cref="Form"/>, inside a method of a class, as markup.</summary>
internal static class RequestForms
{
    public const string DefaultPrompt = "\"A lighthouse in a storm\"";

    public static readonly Form[] All = Enum.GetValues<Form>();

    /// <summary>
    /// The request expression: <paramref name="prompt"/> (null: a valid literal; for <see cref="Form.With"/> null
    /// leaves the prompt out) and <paramref name="values"/> as (C# property name, expression) in the order written.
    /// </summary>
    public static string Expression(Form form, string? prompt, params (string Property, string Value)[] values)
    {
        switch (form)
        {
            case Form.Build:
            case Form.TryBuild:
                var chain = $"new CreateVideoRequest.Builder({prompt ?? DefaultPrompt})" + string.Concat(values.Select(v => $".With{v.Property}({v.Value})"));
                return form == Form.Build ? chain + ".Build()" : $"({chain}.TryBuild(out var built, out _) ? built : null)";
            case Form.Initializer:
                return $"new CreateVideoRequest({prompt ?? DefaultPrompt})" + Initializer(values);
            case Form.TargetTyped:
                return $"new({prompt ?? DefaultPrompt})" + Initializer(values);
            case Form.With:
                var all = (prompt is null ? values : values.Prepend(("Prompt", prompt))).ToArray();
                return "request with" + (all.Length == 0 ? " { }" : Initializer(all));
            default:
                throw new ArgumentOutOfRangeException(nameof(form));
        }
    }

    /// <summary>
    /// A whole snippet: <paramref name="fields"/> as class members, then a method <c>M(request, p, n)</c> whose body
    /// runs <paramref name="locals"/> and returns <paramref name="expression"/>. <c>p</c> (string) and <c>n</c> (int)
    /// are values the analyzer cannot know.
    /// </summary>
    public static string Snippet(string expression, string fields = "", string locals = "") =>
        AnalyzerHarness.InClass($$"""
                {{fields}}

                public static CreateVideoRequest? M(CreateVideoRequest request, string p, int n)
                {
                    {{locals}}
                    return {{expression}};
                }
            """);

    private static string Initializer((string Property, string Value)[] values) =>
        values.Length == 0 ? string.Empty : " { " + string.Join(", ", values.Select(v => $"{v.Property} = {v.Value}")) + " }";
}
