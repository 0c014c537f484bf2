using System.Reflection;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Incrementality;

/// <summary>
/// Walks every field of an object graph (reflection, not properties) and fails if it reaches anything a cached
/// pipeline value must not hold: a Roslyn object (SyntaxTree, Location, AdditionalText, ...), a YamlDotNet object, the
/// generator's own YAML tree, a delegate or reflection object. Only plain values may be cached.
/// </summary>
internal static class ObjectGraph
{
    private static readonly string[] ForbiddenNamespaces = { "Microsoft.CodeAnalysis", "YamlDotNet", "Sora.Contracts.SpecReader.Yaml", "System.Reflection" };

    public static void AssertOnlyPlainValues(object root, string rootName)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        pending.Push((root, rootName));
        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            var type = value.GetType();
            if (IsForbidden(type) || value is Delegate or MemberInfo)
            {
                Assert.Fail($"{path} holds a {type.FullName}; a cached pipeline value must hold only plain values.");
            }

            if (type.IsPrimitive || type.IsEnum || value is string or decimal)
            {
                continue;
            }

            if (!type.IsValueType && !visited.Add(value))
            {
                continue;
            }

            if (value is Array array)
            {
                var index = 0;
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        pending.Push((item, $"{path}[{index}]"));
                    }

                    index++;
                }

                continue;
            }

            for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (IsForbidden(field.FieldType))
                    {
                        Assert.Fail($"{path}.{field.Name} is declared as {field.FieldType.FullName}; a cached pipeline value must hold only plain values.");
                    }

                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    if (field.GetValue(value) is { } child)
                    {
                        pending.Push((child, $"{path}.{field.Name}"));
                    }
                }
            }
        }
    }

    private static bool IsForbidden(Type type)
    {
        if (type.IsArray || type.IsPointer || type.IsByRef)
        {
            return IsForbidden(type.GetElementType()!);
        }

        var ns = type.Namespace ?? string.Empty;
        if (ForbiddenNamespaces.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal)))
        {
            return true;
        }

        return type.IsGenericType && type.GetGenericArguments().Any(IsForbidden);
    }
}
