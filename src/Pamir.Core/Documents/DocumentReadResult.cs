namespace Pamir.Core.Documents;

/// <summary>
/// One outcome of reading the inputs: either a document, or the error that stopped one input
/// (a file, a JSON Lines record, a feed) from being read. Exactly one of the two is set.
/// </summary>
public sealed record DocumentReadResult
{
    private DocumentReadResult(SourceDocument? document, DocumentReadError? error)
    {
        Document = document;
        Error = error;
    }

    public SourceDocument? Document { get; }
    public DocumentReadError? Error { get; }
    public bool Succeeded => Document is not null;

    public static DocumentReadResult Read(SourceDocument document) =>
        new(document ?? throw new ArgumentNullException(nameof(document)), null);

    public static DocumentReadResult Failed(DocumentReadError error) =>
        new(null, error ?? throw new ArgumentNullException(nameof(error)));

    public static DocumentReadResult Failed(string path, string reason, int? line = null) => Failed(new DocumentReadError(path, line, reason));

    public override string ToString() => Document is { } d ? $"{d.Id} ({d.Source})" : Error!.ToString();
}
