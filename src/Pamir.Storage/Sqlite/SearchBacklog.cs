using Pamir.Core.Documents;

namespace Pamir.Storage.Sqlite;

/// <summary>Documents added in a batch whose full-text indexing waits for the batch's last savepoint.</summary>
internal sealed class SearchBacklog
{
    private readonly List<(long Key, SourceDocument Document)> entries = [];
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public IReadOnlyList<(long Key, SourceDocument Document)> Entries => entries;

    public bool Holds(string documentId) => ids.Contains(documentId);

    public void Add(long key, SourceDocument document)
    {
        entries.Add((key, document));
        ids.Add(document.Id);
    }

    public void Clear()
    {
        entries.Clear();
        ids.Clear();
    }
}
