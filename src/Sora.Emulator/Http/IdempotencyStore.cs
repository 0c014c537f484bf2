using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sora.Contracts;

namespace Sora.Emulator.Http;

/// <summary>
/// The keys of the <c>Idempotency-Key</c> header (draft-ietf-httpapi-idempotency-key-header) the emulator has seen:
/// each holds the fingerprint of its request and, once the job exists, the answer that made it, replayed to every
/// repeat. A key is taken when its request arrives, before the body is read, so a repeat that overtakes it is a 409.
/// Keys live as long as the emulator (the draft leaves their expiry to the server). Thread-safe.
/// </summary>
internal sealed class IdempotencyStore
{
    private const string Header = "Idempotency-Key";

    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The key a request carries, read as an RFC 8941 string (a bare token is accepted too); null when it carries none.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="malformed">Set when the header is there but holds no usable key (empty, or several values).</param>
    public static string? Read(HttpRequest request, out bool malformed)
    {
        malformed = false;
        if (!request.Headers.TryGetValue(Header, out var values))
        {
            return null;
        }

        var text = values.Count == 1 ? values[0]?.Trim() : null;
        if (text is { Length: >= 2 } && text[0] == '"' && text[^1] == '"')
        {
            text = text[1..^1];
        }

        malformed = string.IsNullOrEmpty(text);
        return malformed ? null : text;
    }

    /// <summary>What is known of <paramref name="key"/> as its request arrives: new (now taken by this request), in flight, or done.</summary>
    public Claim Take(string key)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                return entry.Answer is null ? Claim.InFlight : new Claim(this, key, entry, owns: false);
            }

            entry = new Entry();
            _entries.Add(key, entry);
            return new Claim(this, key, entry, owns: true);
        }
    }

    /// <summary>A fingerprint of a parsed request and the file it uploaded: the same job asked for again has the same one, whatever its multipart boundary.</summary>
    public static string Fingerprint<T>(string operationId, string? videoId, T request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, FileUpload? file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(new[] { operationId, videoId ?? string.Empty, file?.FileName ?? string.Empty, file?.ContentType ?? string.Empty }));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(request, typeInfo));
        if (file is not null)
        {
            hash.AppendData(file.Content.Span);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private void Release(string key, Entry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry) && entry.Answer is null)
            {
                _entries.Remove(key);
            }
        }
    }

    internal sealed class Entry
    {
        public string? Fingerprint { get; set; }

        public byte[]? Answer { get; set; }
    }

    /// <summary>One request's hold on its key.</summary>
    internal sealed class Claim
    {
        public static readonly Claim InFlight = new(null, string.Empty, null, owns: false);

        internal Claim(IdempotencyStore? store, string key, Entry? entry, bool owns)
        {
            _store = store;
            _key = key;
            _entry = entry;
            _owns = owns;
        }

        private readonly IdempotencyStore? _store;
        private readonly string _key;
        private readonly Entry? _entry;
        private readonly bool _owns;

        /// <summary>Whether another request with this key is still being processed (the draft's 409).</summary>
        public bool IsInFlight => _entry is null;

        /// <summary>The answer to replay when this key already made a job from a request with <paramref name="fingerprint"/>; null when this request is the first.</summary>
        /// <param name="fingerprint">This request's fingerprint.</param>
        /// <param name="mismatch">Set when the key made a job from another request (the draft's 422).</param>
        public byte[]? Replay(string fingerprint, out bool mismatch)
        {
            mismatch = !_owns && _entry!.Fingerprint != fingerprint;
            return _owns || mismatch ? null : _entry!.Answer;
        }

        /// <summary>The job exists: every repeat of this request gets <paramref name="answer"/>.</summary>
        public void Complete(string fingerprint, byte[] answer)
        {
            if (_owns && _store is not null)
            {
                lock (_store._gate)
                {
                    _entry!.Fingerprint = fingerprint;
                    _entry.Answer = answer;
                }
            }
        }

        /// <summary>No job came of this request: the key is free again (a no-op once completed, or for a request that did not own it).</summary>
        public void Release()
        {
            if (_owns)
            {
                _store?.Release(_key, _entry!);
            }
        }
    }
}
