namespace Sora.Contracts.Http;

/// <summary>A file part of a multipart body: the form field name and the file.</summary>
/// <param name="Name">The form field name (<c>input_reference</c>).</param>
/// <param name="File">The file.</param>
public readonly record struct SoraFormFile(string Name, FileUpload File);
