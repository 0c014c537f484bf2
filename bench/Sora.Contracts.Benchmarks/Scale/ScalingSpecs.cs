using System.Globalization;
using System.Text;

namespace Sora.Contracts.Benchmarks.Scale;

/// <summary>
/// The specs of the scaling table: one enum of <c>n</c> values (as a schema and inline in a property), and <c>n</c>
/// object schemas that reference each other. Each grows in one dimension only, so a consumer's compile of 10× the spec
/// should cost about 10× (the acceptance bound is 12×).
/// </summary>
internal static class ScalingSpecs
{
    private const string Header = "openapi: 3.1.0\ninfo:\n  title: Scale\n  version: '1'\n";

    /// <summary>An enum schema of <paramref name="values"/> values, used by a property, and an inline enum as large.</summary>
    public static string Enum(int values)
    {
        var s = new StringBuilder(Header);
        s.Append(Paths("Holder"));
        s.Append("components:\n  schemas:\n");
        s.Append("    Big:\n      type: string\n      enum:\n");
        for (var i = 0; i < values; i++)
        {
            s.Append("        - ").Append(Value(i)).Append('\n');
        }

        s.Append("    Holder:\n      type: object\n      required: [big]\n      properties:\n");
        s.Append("        big:\n          $ref: '#/components/schemas/Big'\n");
        s.Append("        inline:\n          type: string\n          enum:\n");
        for (var i = 0; i < values; i++)
        {
            s.Append("            - ").Append(Value(i)).Append('\n');
        }

        return s.ToString();
    }

    /// <summary>The wire form of the <paramref name="index"/>th value of <see cref="Enum"/>: mixed kinds of names.</summary>
    public static string Value(int index) => (index % 3) switch
    {
        0 => "value_" + index.ToString("D5", CultureInfo.InvariantCulture),
        1 => "kind-" + index.ToString(CultureInfo.InvariantCulture) + ".v2",
        _ => "Item" + index.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary><paramref name="count"/> object schemas, each with two constrained properties and a reference to the next.</summary>
    public static string Schemas(int count)
    {
        var s = new StringBuilder(Header);
        s.Append(Paths(Name(0)));
        s.Append("components:\n  schemas:\n");
        for (var i = 0; i < count; i++)
        {
            s.Append("    ").Append(Name(i)).Append(":\n");
            s.Append("      type: object\n      required: [id]\n      properties:\n");
            s.Append("        id:\n          type: string\n          maxLength: 64\n");
            s.Append("        count:\n          type: integer\n          minimum: 0\n");
            s.Append("        next:\n          $ref: '#/components/schemas/").Append(Name((i + 1) % count)).Append("'\n");
        }

        return s.ToString();
    }

    private static string Name(int index) => "Record" + index.ToString("D5", CultureInfo.InvariantCulture);

    private static string Paths(string schema) =>
        "paths:\n  /items:\n    post:\n      operationId: createItem\n      requestBody:\n        content:\n          application/json:\n"
        + "            schema:\n              $ref: '#/components/schemas/" + schema + "'\n"
        + "      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n"
        + "              schema:\n                $ref: '#/components/schemas/" + schema + "'\n";
}
