namespace Sora.Contracts.RuleKernel;

/// <summary>What is wrong with a text literal, in the words an analyzer diagnostic uses ("prompt is empty").</summary>
internal static class TextProblems
{
    public const string NotSet = "not set";
    public const string Empty = "empty";
    public const string TooShort = "too short";
    public const string TooLong = "too long";
    public const string WhitespaceOnly = "whitespace only";
    public const string NotMatching = "not matching its pattern";
}
