using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// Writes the C# of an ordinary application that happens to make a few video requests: <see cref="Modules"/>
/// namespaces of entities, DTO records, repositories, async services with LINQ, generic caches, string building,
/// target-typed <c>new</c> and record <c>with</c> expressions (which the analyzer's syntax filter sees and must let
/// go), and <see cref="Sites"/> request sites spread over the modules, in the four forms in turn. Every site
/// is valid, so the analyzer reports nothing. Deterministic: same text every time.
/// </summary>
internal static class RealisticApplication
{
    public const int Modules = 31;

    public const int Sites = 50;

    public const string Namespace = "Realistic.App";

    private static readonly string[] Entities =
        ["Customer", "Order", "Invoice", "Product", "Shipment", "Payment", "Review", "Ticket", "Coupon"];

    public static ConsumerSource Create()
    {
        var files = ImmutableArray.CreateBuilder<(string Name, string Text)>();
        var forms = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var module = 0; module < Modules; module++)
        {
            foreach (var entity in Entities)
            {
                files.Add(($"Module{module}/{entity}.cs", Entity(module, entity)));
            }

            files.Add(($"Module{module}/Cache.cs", Cache(module)));
            var sites = Enumerable.Range(0, Sites).Where(site => site % Modules == module).ToList();
            foreach (var site in sites)
            {
                forms[FormNames[site % 4]] = forms.GetValueOrDefault(FormNames[site % 4]) + 1;
            }

            files.Add(($"Module{module}/Videos.cs", Videos(module, sites)));
        }

        var none = new Dictionary<string, int>();
        return new ConsumerSource(files.ToImmutable(), Sites, 0, forms, none, none);
    }

    private static readonly string[] FormNames = ["builder chain", "object initializer", "target-typed new", "with"];

    private static string Header(int module) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        namespace {{Namespace}}.Module{{module}};

        """;

    private static string Entity(int module, string name)
    {
        var text = new StringBuilder(Header(module));
        text.Append(CultureInfo.InvariantCulture, $$"""
            /// <summary>What the API returns for a {{name}}.</summary>
            public sealed record {{name}}Dto(
                int Id,
                string Name,
                string? Description,
                decimal Amount,
                DateTimeOffset CreatedAt,
                bool IsActive,
                IReadOnlyList<string> Tags);

            /// <summary>A stored {{name}}.</summary>
            public sealed class {{name}}
            {
                public int Id { get; set; }

                public string Name { get; set; } = "";

                public string? Description { get; set; }

                public decimal Amount { get; set; }

                public DateTimeOffset CreatedAt { get; set; }

                public bool IsActive { get; set; }

                public List<string> Tags { get; } = new();
            }

            public interface I{{name}}Repository
            {
                Task<{{name}}?> FindAsync(int id, CancellationToken cancellationToken);

                Task<IReadOnlyList<{{name}}>> ListAsync(Func<{{name}}, bool> filter, CancellationToken cancellationToken);

                Task AddAsync({{name}} entity, CancellationToken cancellationToken);
            }

            public sealed class InMemory{{name}}Repository : I{{name}}Repository
            {
                private readonly Dictionary<int, {{name}}> _items = new();
                private readonly object _gate = new();

                public Task<{{name}}?> FindAsync(int id, CancellationToken cancellationToken)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    lock (_gate)
                    {
                        return Task.FromResult(_items.TryGetValue(id, out var found) ? found : null);
                    }
                }

                public Task<IReadOnlyList<{{name}}>> ListAsync(Func<{{name}}, bool> filter, CancellationToken cancellationToken)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    lock (_gate)
                    {
                        IReadOnlyList<{{name}}> list = _items.Values.Where(filter).ToList();
                        return Task.FromResult(list);
                    }
                }

                public Task AddAsync({{name}} entity, CancellationToken cancellationToken)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    lock (_gate)
                    {
                        _items[entity.Id] = entity;
                    }

                    return Task.CompletedTask;
                }
            }

            public sealed class {{name}}Service
            {
                private readonly I{{name}}Repository _repository;
                private readonly Cache<int, {{name}}Dto> _cache = new(TimeSpan.FromMinutes(5));

                public {{name}}Service(I{{name}}Repository repository) => _repository = repository;

                public async Task<{{name}}Dto?> GetAsync(int id, CancellationToken cancellationToken)
                {
                    if (_cache.TryGet(id, out var cached))
                    {
                        return cached;
                    }

                    var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                    if (entity is null)
                    {
                        return null;
                    }

                    var dto = Map(entity);
                    _cache.Set(id, dto);
                    return dto;
                }

                public async Task<IReadOnlyList<{{name}}Dto>> SearchAsync(string text, decimal minimum, CancellationToken cancellationToken)
                {
                    var all = await _repository.ListAsync(e => e.IsActive, cancellationToken).ConfigureAwait(false);
                    return all
                        .Where(e => e.Amount >= minimum && e.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
                        .OrderByDescending(e => e.CreatedAt)
                        .ThenBy(e => e.Name, StringComparer.Ordinal)
                        .Select(Map)
                        .ToList();
                }

                public async Task<IReadOnlyDictionary<string, decimal>> TotalsByTagAsync(CancellationToken cancellationToken)
                {
                    var all = await _repository.ListAsync(_ => true, cancellationToken).ConfigureAwait(false);
                    return all
                        .SelectMany(e => e.Tags.Select(tag => (Tag: tag, e.Amount)))
                        .GroupBy(p => p.Tag, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.Sum(p => p.Amount), StringComparer.Ordinal);
                }

                public async Task<int> ImportAsync(IEnumerable<{{name}}Dto> items, CancellationToken cancellationToken)
                {
                    var count = 0;
                    foreach (var item in items.Where(i => !string.IsNullOrWhiteSpace(i.Name)))
                    {
                        var entity = new {{name}}
                        {
                            Id = item.Id,
                            Name = item.Name.Trim(),
                            Description = item.Description,
                            Amount = Math.Round(item.Amount, 2),
                            CreatedAt = item.CreatedAt,
                            IsActive = item.IsActive,
                        };
                        entity.Tags.AddRange(item.Tags.Distinct(StringComparer.Ordinal));
                        await _repository.AddAsync(entity, cancellationToken).ConfigureAwait(false);
                        count++;
                    }

                    return count;
                }

                public {{name}}Dto Rename({{name}}Dto dto, string name) =>
                    dto with { Name = name, Tags = dto.Tags.Append("renamed").ToArray() };

                public {{name}}Dto Deactivate({{name}}Dto dto) => dto.IsActive ? dto with { IsActive = false } : dto;

                public string Describe({{name}}Dto dto)
                {
                    var text = new StringBuilder();
                    text.Append(dto.Name).Append(" (#").Append(dto.Id).Append(')');
                    if (dto.Description is { Length: > 0 } description)
                    {
                        text.Append(": ").Append(description);
                    }

                    text.Append(dto.Amount switch
                    {
                        < 0 => " [refund]",
                        0 => " [free]",
                        > 1000 => " [large]",
                        _ => string.Empty,
                    });
                    return text.ToString();
                }

                private static {{name}}Dto Map({{name}} entity) =>
                    new(entity.Id, entity.Name, entity.Description, entity.Amount, entity.CreatedAt, entity.IsActive, entity.Tags.ToArray());
            }

            """);
        return text.ToString();
    }

    private static string Cache(int module) => Header(module) + """
        /// <summary>A small expiring cache the services share the shape of.</summary>
        public sealed class Cache<TKey, TValue>
            where TKey : notnull
        {
            private readonly Dictionary<TKey, (TValue Value, DateTimeOffset Expires)> _entries = new();
            private readonly TimeSpan _lifetime;

            public Cache(TimeSpan lifetime) => _lifetime = lifetime;

            public bool TryGet(TKey key, out TValue value)
            {
                lock (_entries)
                {
                    if (_entries.TryGetValue(key, out var entry) && entry.Expires > DateTimeOffset.UtcNow)
                    {
                        value = entry.Value;
                        return true;
                    }
                }

                value = default!;
                return false;
            }

            public void Set(TKey key, TValue value)
            {
                lock (_entries)
                {
                    _entries[key] = (value, DateTimeOffset.UtcNow + _lifetime);
                }
            }

            public int Prune()
            {
                lock (_entries)
                {
                    var now = DateTimeOffset.UtcNow;
                    var expired = _entries.Where(p => p.Value.Expires <= now).Select(p => p.Key).ToList();
                    expired.ForEach(k => _entries.Remove(k));
                    return expired.Count;
                }
            }
        }

        """;

    private static string Videos(int module, List<int> sites)
    {
        var methods = new StringBuilder();
        foreach (var site in sites)
        {
            var body = (site % 4) switch
            {
                0 => "return new CreateVideoRequest.Builder(prompt).WithModel(VideoModel.Sora2).WithSize(VideoSize.Size1280x720).Build();",
                1 => "return new CreateVideoRequest(prompt) { Model = VideoModel.Sora2Pro, Size = VideoSize.Size1792x1024 };",
                2 => "CreateVideoRequest request = new(prompt) { Seconds = VideoSeconds.Seconds12 };\n        return request;",
                _ => "return new CreateVideoRequest(prompt) with { Size = VideoSize.Size720x1280 };",
            };
            methods.Append(CultureInfo.InvariantCulture, $"    public static CreateVideoRequest Teaser{site}(string prompt)\n    {{\n        {body}\n    }}\n\n");
        }

        return Header(module).Replace("using System;\n", "using System;\nusing Sora.Contracts;\n", StringComparison.Ordinal)
            + "/// <summary>Where this module asks for videos.</summary>\npublic static class Videos\n{\n" + methods + "}\n";
    }
}
