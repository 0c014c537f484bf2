using System.Collections.Generic;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>An object as read so far; rules, request-ness and provider values are added by later steps.</summary>
internal sealed record ObjectDraft(string Name, string? Description, YamlMapping Node, List<PropertyModel> Properties, List<ExclusiveGroupModel> Groups);
