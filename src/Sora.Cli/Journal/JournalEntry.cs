namespace Sora.Cli.Journal;

/// <summary>One line of the journal: a job was created, changed state, or was saved.</summary>
/// <param name="Event">One of <see cref="Created"/>, <see cref="State"/>, <see cref="Saved"/>.</param>
/// <param name="Id">The job.</param>
/// <param name="BaseUrl">The server it runs on: ids are only unique per server.</param>
internal sealed record JournalEntry(string Event, string Id, string BaseUrl)
{
    public const string Created = "created";
    public const string State = "state";
    public const string Saved = "saved";

    /// <summary>When the line was written (UTC).</summary>
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The provider profile the job was created with; null for the base contract.</summary>
    public string? Provider { get; init; }

    /// <summary>The request as sent, without the key or any image bytes (the image's file name only).</summary>
    public JournalRequest? Request { get; init; }

    /// <summary>Where the video is to be saved (created) or was saved (saved).</summary>
    public string? Path { get; init; }

    /// <summary>The job's status (created, state).</summary>
    public string? Status { get; init; }

    /// <summary>Its progress in percent, when known.</summary>
    public int? Progress { get; init; }

    /// <summary>The saved file's length (saved).</summary>
    public long? Bytes { get; init; }
}

/// <summary>What was asked for, as the journal keeps it.</summary>
internal sealed record JournalRequest(string Prompt, string? Model, string? Size, string? Seconds, string? Image, string? RemixOf);
