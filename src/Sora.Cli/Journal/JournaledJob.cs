namespace Sora.Cli.Journal;

/// <summary>A job as the journal last knows it: how it was created, its last state, whether its video was saved.</summary>
internal sealed record JournaledJob(JournalEntry Creation)
{
    public string Id => Creation.Id;

    public string BaseUrl => Creation.BaseUrl;

    /// <summary>The last status recorded.</summary>
    public string? Status { get; init; }

    public int? Progress { get; init; }

    /// <summary>Where the video was saved, once it was.</summary>
    public string? SavedTo { get; init; }

    public DateTimeOffset Updated { get; init; }
}
