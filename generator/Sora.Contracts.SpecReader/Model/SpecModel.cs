namespace Sora.Contracts.SpecReader.Model;

/// <summary>Everything the emitters need from one spec file, and the problems found in it.</summary>
internal sealed record SpecModel(
    string SpecName,
    string Namespace,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ObjectModel> Objects,
    EquatableArray<UnionModel> Unions,
    EquatableArray<ProviderModel> Providers,
    EquatableArray<OperationModel> Operations,
    EquatableArray<RetryModel> Retry,
    EquatableArray<SettingModel> Polling,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// A string-backed enum schema: closed (<c>enum</c>) or open (<c>anyOf: [{type: string}, {enum}]</c>). OpenBranch holds
/// the string keywords of the open form's <c>{type: string}</c> branch: what a value other than the known ones must meet.
/// </summary>
internal sealed record EnumModel(
    string Name,
    string? Description,
    bool IsOpen,
    bool IsInteger,
    EquatableArray<EnumMember> Members,
    EquatableArray<string> TerminalValues,
    string? Default,
    EquatableArray<EnumRoleSet> RoleSets,
    EquatableArray<EnumMediaType> MediaTypes,
    TextRules OpenBranch);

internal sealed record EnumMember(string Value, string Identifier);

/// <summary>
/// Roles some values play (<c>x-sora-lifecycle</c>, <c>x-sora-sort</c>), emitted as a nested class so hand-written code
/// can use a value by its role without naming it.
/// </summary>
internal sealed record EnumRoleSet(string ClassName, string Summary, EquatableArray<EnumRole> Roles);

/// <summary>A role and the value that plays it; Role is the generated name.</summary>
internal sealed record EnumRole(string Role, string Value);

/// <summary>The media type served for a value (<c>x-sora-media-types</c>).</summary>
internal sealed record EnumMediaType(string Value, string MediaType);

/// <summary>
/// An object schema: a DTO with its validator (a request checks what it sends, a response what it received), and for
/// a request body (<see cref="IsRequest"/>) the builder and rule metadata.
/// </summary>
internal sealed record ObjectModel(
    string Name,
    string? Description,
    bool IsRequest,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<RuleModel> Rules,
    EquatableArray<ExclusiveGroupModel> ExclusiveGroups,
    EquatableArray<ProviderValuesModel> ProviderValues,
    EquatableArray<AcceptedByModel> AcceptedBy);

internal enum TypeKind
{
    String,
    Int32,
    Int64,
    Number,
    Boolean,
    Enum,
    Object,
    Union,
    Array,
    Json,
    DateTime,
    Map,
}

/// <summary>A resolved property type. For enums it carries what validation needs, so a changed enum re-emits its users.</summary>
internal sealed record TypeRef(
    TypeKind Kind,
    string? Name,
    TypeRef? Item,
    bool EnumIsOpen,
    EquatableArray<string> EnumValues,
    TextRules EnumOpenBranch);

/// <summary>A string schema's <c>minLength</c> and <c>maxLength</c> (in code points, as JSON Schema counts) and <c>pattern</c>.</summary>
internal sealed record TextRules(int? MinLength, int? MaxLength, string? Pattern)
{
    public static TextRules None { get; } = new(null, null, null);

    public bool IsEmpty => MinLength is null && MaxLength is null && Pattern is null;
}

/// <summary>
/// A number's or integer's <c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c>, <c>exclusiveMaximum</c> and
/// <c>multipleOf</c>, each as written in the spec (a JSON number, possibly fractional), so messages quote the spec.
/// </summary>
internal sealed record NumberRules(string? Minimum, string? Maximum, string? ExclusiveMinimum, string? ExclusiveMaximum, string? MultipleOf)
{
    public static NumberRules None { get; } = new(null, null, null, null, null);

    public bool IsEmpty => Minimum is null && Maximum is null && ExclusiveMinimum is null && ExclusiveMaximum is null && MultipleOf is null;
}

internal sealed record PropertyModel(
    string JsonName,
    string Identifier,
    TypeRef Type,
    bool Required,
    bool Nullable,
    bool AcceptsAnyValue,
    string? Default,
    string? Description,
    TextRules Text,
    NumberRules Numbers,
    EquatableArray<string> InlineEnum,
    string? ImageDimensionsFrom,
    EquatableArray<string> MediaTypes);

/// <summary>One supported <c>if</c>/<c>then</c>: a condition on one property's value, a constraint on another's.</summary>
internal sealed record RuleModel(
    string? Description,
    string IfProperty,
    EquatableArray<string> IfValues,
    bool IfRequired,
    string ThenProperty,
    EquatableArray<string> ThenValues,
    bool ThenRequired);

/// <summary>An object-level <c>oneOf</c> whose branches only list <c>required</c> properties: exactly one must be set.</summary>
internal sealed record ExclusiveGroupModel(EquatableArray<string> Properties);

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> of alternatives: an uploaded file, a string (an expandable field's id), objects. Reading
/// JSON picks the alternative by token kind, then by <see cref="Discriminator"/> (its <see cref="Cases"/>), then by the
/// first object alternative whose required properties are all present (<see cref="Requirements"/>); anything else is
/// kept as it came.
/// </summary>
internal sealed record UnionModel(
    string Name,
    string? Description,
    bool HasFile,
    EquatableArray<string> ObjectAlternatives,
    bool HasText,
    string? Discriminator,
    EquatableArray<UnionCase> Cases,
    EquatableArray<UnionRequirement> Requirements);

/// <summary>A discriminator value and the object alternative it selects.</summary>
internal sealed record UnionCase(string Value, string Alternative);

/// <summary>The properties an object alternative requires: all present, it is the one (when there is no discriminator).</summary>
internal sealed record UnionRequirement(string Alternative, EquatableArray<string> Required);

internal sealed record ProviderModel(
    string Id,
    string Identifier,
    string Title,
    string? Description,
    string? Source,
    string? BaseUrl,
    string? Auth,
    RetirementModel? Retired,
    string? IdPrefix,
    EquatableArray<string> CreateContentTypes,
    EquatableArray<SettingModel> Limits,
    EquatableArray<ProviderValuesModel> Values,
    bool ReturnsVideoUrl,
    EquatableArray<string> KeyHeaders,
    EquatableArray<string> Operations,
    EquatableArray<ProviderPropertyModel> Requires,
    EquatableArray<string> ExtraStatuses,
    bool HonoursIdempotencyKey,
    bool RequiresIdempotencyKey,
    EquatableArray<ProviderParameterModel> RequiredParameters,
    string? ErrorSchema);

/// <summary>A parameter of an operation the provider demands although the spec lets it be left out.</summary>
internal sealed record ProviderParameterModel(string OperationId, string Parameter);

/// <summary>A property the provider demands although the spec lets it be left out.</summary>
internal sealed record ProviderPropertyModel(string Schema, string Property);

/// <summary>When a provider's service stopped running (yyyy-MM-dd) and the document that says so.</summary>
internal sealed record RetirementModel(string Date, string Source);

/// <summary>A provider-only property (<c>x-sora-accepted-by</c>): only the listed provider ids take it.</summary>
internal sealed record AcceptedByModel(string Property, EquatableArray<string> Providers);

/// <summary>
/// What one provider allows for one property instead of the spec's own rule: the listed <see cref="Values"/>, or, when
/// <see cref="Pattern"/> is set (and <see cref="Values"/> empty), any value matching it.
/// </summary>
internal sealed record ProviderValuesModel(string Provider, string Schema, string Property, EquatableArray<string> Values, string? Pattern = null);

/// <summary>A named scalar setting from a vendor extension (a limit or polling guidance).</summary>
internal sealed record SettingModel(string Key, string Identifier, string Value, bool IsBoolean);

/// <summary>
/// An operation. <see cref="RequestSchemas"/> holds the schema of each media type of its body (one entry when they
/// share one); <see cref="RequestSchema"/> is the JSON one, the form most gateways take, or else the first.
/// </summary>
internal sealed record OperationModel(
    string OperationId,
    string Identifier,
    string Method,
    string Path,
    string? RequestSchema,
    EquatableArray<string> RequestSchemas,
    EquatableArray<string> RequestContentTypes,
    string? ResponseSchema,
    EquatableArray<ParameterModel> Parameters);

/// <summary>A path, query or header parameter of an operation, with its integer bounds when it has them.</summary>
internal sealed record ParameterModel(string Name, string In, bool Required, long? Minimum, long? Maximum);

internal sealed record RetryModel(int StatusCode, bool Retryable);
