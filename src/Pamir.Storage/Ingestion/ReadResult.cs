using Pamir.Core.Documents;

namespace Pamir.Storage.Ingestion;

/// <summary>One input as read: a document, or the reason it could not be read (Input names the file, and the line for JSON Lines).</summary>
public sealed record ReadResult(string Input, SourceDocument? Document, string? Error)
{
    public static ReadResult Read(SourceDocument document) => new(document.Source, document, null);

    public static ReadResult Failed(string input, string reason) => new(input, null, reason);
}
