namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks this marker type, and records with init accessors need it.
internal static class IsExternalInit
{
}
