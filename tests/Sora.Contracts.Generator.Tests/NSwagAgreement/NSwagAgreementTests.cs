using NJsonSchema;
using NSwag;
using Sora.Contracts.SpecReader.Model;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Sora.Contracts.Generator.Tests.NSwagAgreement;

/// <summary>
/// A second, independent reader of spec/sora.openapi.yaml (NSwag.Core 13.16.1 with NSwag.Core.Yaml) must see what
/// SpecParser sees: the same operations, the same component schemas, the same enum values (the known branch of an open
/// <c>anyOf</c> enum), the same properties and required lists. NSwag 13 predates OpenAPI 3.1 and cannot read a boolean
/// subschema (<c>true</c>); the spec writes the equivalent <c>{}</c> instead, and a test keeps it that way.
/// </summary>
public sealed class NSwagAgreementTests
{
    private static readonly Lazy<SpecModel> LazyModel = new(() => TestSpecs.Parse(TestSpecs.RepoSpec, TestSpecs.ProductNamespace));

    private static SpecModel Model => LazyModel.Value;

    // ---------------------------------------------------------------- the documented limitation

    [Fact]
    public async Task NSwag13_ReadsTheSpecFileAsIs()
    {
        var document = await OpenApiYamlDocument.FromFileAsync(TestSpecs.RepoSpecPath);

        Assert.Equal("3.1.0", document.OpenApi);
        Assert.NotEmpty(document.Components.Schemas);
    }

    [Fact]
    public async Task NSwag13_RejectsABooleanSubschema_WhichIsWhyTheSpecWritesAnEmptySchema()
    {
        // JSON Schema 2020-12 (OpenAPI 3.1) allows `true` as a schema; NJsonSchema 10 (under NSwag 13) reads only
        // object schemas. `{}` means the same and both read it.
        const string withBoolean = """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    x: true
            """;

        var failure = await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => OpenApiYamlDocument.FromYamlAsync(withBoolean));
        Assert.Contains("components.schemas.A.properties.x", failure.Message, StringComparison.Ordinal);

        var withEmptySchema = await OpenApiYamlDocument.FromYamlAsync(withBoolean.Replace("x: true", "x: {}", StringComparison.Ordinal));
        Assert.True(withEmptySchema.Components.Schemas["A"].Properties.ContainsKey("x"));
    }

    [Fact]
    public void TheSpecHasNoBooleanSubschemas()
    {
        Assert.Empty(BooleanSubschemas(TestSpecs.RepoSpec));
    }

    [Fact]
    public void TheBooleanSubschemaFinderFindsOne()
    {
        Assert.Equal(new[] { "components.schemas.A.properties.x" }, BooleanSubschemas("components: {schemas: {A: {properties: {x: true, y: {}}}}}"));
    }

    [Fact]
    public async Task NSwag13_ReadsOpenApi31TypeLists_AsNullableTypes()
    {
        var document = await ReadableDocument();

        var video = document.Components.Schemas["Video"];
        Assert.Equal(JsonObjectType.Integer | JsonObjectType.Null, video.Properties["completed_at"].Type);
        Assert.Equal(JsonObjectType.String | JsonObjectType.Null, video.Properties["prompt"].Type);
        Assert.Equal("3.1.0", document.OpenApi);
    }

    // ---------------------------------------------------------------- agreement

    [Fact]
    public async Task Operations_AreTheSame_MethodPathAndOperationId()
    {
        var document = await ReadableDocument();

        var fromNSwag = document.Paths
            .SelectMany(path => path.Value.Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key} {operation.Value.OperationId}"))
            .Order(StringComparer.Ordinal);
        var fromParser = Model.Operations.Select(o => $"{o.Method} {o.Path} {o.OperationId}").Order(StringComparer.Ordinal);

        Assert.Equal(fromNSwag, fromParser);
        Assert.Equal(7, Model.Operations.Count);
    }

    [Fact]
    public async Task RequestAndResponseSchemas_OfEachOperation_AreTheSame()
    {
        var document = await ReadableDocument();
        var names = document.Components.Schemas.ToDictionary(s => s.Value, s => s.Key);

        foreach (var operation in Model.Operations)
        {
            var nswag = document.Paths[operation.Path][operation.Method.ToLowerInvariant()];
            var requestContent = nswag.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>();
            Assert.Equal(requestContent.Keys, operation.RequestContentTypes);
            var requestSchema = requestContent.Values.Select(m => m.Schema?.Reference).FirstOrDefault(r => r is not null);
            Assert.Equal(requestSchema is null ? null : names[requestSchema], operation.RequestSchema);

            var success = nswag.Responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Value.ActualResponse).FirstOrDefault();
            var responseSchema = success?.Content.TryGetValue("application/json", out var json) == true ? json.Schema?.Reference : null;
            Assert.Equal(responseSchema is null ? null : names[responseSchema], operation.ResponseSchema);
        }
    }

    [Fact]
    public async Task ComponentSchemaNames_AreTheSame()
    {
        var document = await ReadableDocument();

        var fromParser = Model.Enums.Select(e => e.Name)
            .Concat(Model.Objects.Select(o => o.Name))
            .Concat(Model.Unions.Select(u => u.Name))
            .Order(StringComparer.Ordinal);

        Assert.Equal(document.Components.Schemas.Keys.Order(StringComparer.Ordinal), fromParser);
    }

    public static TheoryData<string> EnumNames => new(LazyModel.Value.Enums.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(EnumNames))]
    public async Task EnumValues_AreTheSame_InOrder(string name)
    {
        var document = await ReadableDocument();
        var model = Model.Enums.Single(e => e.Name == name);
        var schema = document.Components.Schemas[name];

        JsonSchema withValues;
        if (model.IsOpen)
        {
            // The open form: anyOf [{type: string}, {type: string, enum: [...]}]; the values are in the enum branch.
            Assert.Empty(schema.Enumeration);
            Assert.Equal(2, schema.AnyOf.Count);
            Assert.Single(schema.AnyOf, b => b.Enumeration.Count == 0 && b.Type == JsonObjectType.String);
            withValues = Assert.Single(schema.AnyOf, b => b.Enumeration.Count > 0);
        }
        else
        {
            Assert.Empty(schema.AnyOf);
            withValues = schema;
        }

        Assert.Equal(JsonObjectType.String, withValues.Type);
        Assert.Equal(withValues.Enumeration.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)), model.Members.Select(m => m.Value));
    }

    public static TheoryData<string> ObjectNames => new(LazyModel.Value.Objects.Select(o => o.Name));

    [Theory]
    [MemberData(nameof(ObjectNames))]
    public async Task ObjectProperties_AndRequiredLists_AreTheSame(string name)
    {
        var document = await ReadableDocument();
        var model = Model.Objects.Single(o => o.Name == name);
        var schema = document.Components.Schemas[name];

        Assert.Equal(schema.Properties.Keys, model.Properties.Select(p => p.JsonName));
        Assert.Equal(schema.RequiredProperties.Order(StringComparer.Ordinal), model.Properties.Where(p => p.Required).Select(p => p.JsonName).Order(StringComparer.Ordinal));
        foreach (var property in model.Properties.Where(p => p.Type.Kind == TypeKind.Enum && p.Type.Name is not null))
        {
            var nswagProperty = schema.Properties[property.JsonName];
            var target = nswagProperty.Reference ?? nswagProperty.AnyOf.Select(b => b.Reference).Single(r => r is not null);
            Assert.Same(document.Components.Schemas[property.Type.Name!], target);
        }
    }

    [Fact]
    public async Task UnionAlternatives_AreTheSame()
    {
        var document = await ReadableDocument();

        foreach (var union in Model.Unions)
        {
            var schema = document.Components.Schemas[union.Name];
            Assert.Equal(union.HasFile, schema.OneOf.Any(b => b.Type == JsonObjectType.String && b.Format == "binary"));
            var alternatives = schema.OneOf.Where(b => b.Reference is not null).Select(b => document.Components.Schemas.Single(s => s.Value == b.Reference).Key);
            Assert.Equal(alternatives, union.ObjectAlternatives);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static readonly Lazy<Task<OpenApiDocument>> LazyDocument = new(() => OpenApiYamlDocument.FromFileAsync(TestSpecs.RepoSpecPath));

    private static Task<OpenApiDocument> ReadableDocument() => LazyDocument.Value;

    /// <summary>The paths of every boolean schema under a <c>properties</c> mapping.</summary>
    private static List<string> BooleanSubschemas(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var found = new List<string>();
        Visit(stream.Documents[0].RootNode, string.Empty);
        return found;

        void Visit(YamlNode node, string path)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        var name = ((YamlScalarNode)key).Value!;
                        var childPath = path.Length == 0 ? name : path + "." + name;
                        if (name == "properties" && value is YamlMappingNode properties)
                        {
                            found.AddRange(properties.Children
                                .Where(p => p.Value is YamlScalarNode { Value: "true" or "false" })
                                .Select(p => childPath + "." + ((YamlScalarNode)p.Key).Value));
                        }

                        Visit(value, childPath);
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        Visit(sequence.Children[i], $"{path}[{i}]");
                    }

                    break;
            }
        }
    }
}
