namespace Pamir.Core.Names;

/// <summary>
/// The per-document arrays of a names scan (words, folded forms, owners, countries, drafts), kept per
/// thread and reused from one document to the next: allocating them afresh for every document
/// cost more than the scan itself. Taken out while in use, so a nested scan never shares them.
/// </summary>
internal sealed class NameScanBuffers
{
    [ThreadStatic] private static NameScanBuffers? cached;

    private NameWords? words;

    public NameDraft?[] Owner { get; private set; } = [];
    public string?[] PlaceCountry { get; private set; } = [];
    public string?[] DemonymCountry { get; private set; } = [];
    public List<NameDraft> Drafts { get; } = [];

    public static NameScanBuffers Take()
    {
        var buffers = cached ?? new NameScanBuffers();
        cached = null;
        return buffers;
    }

    /// <summary>Clears what this document left (so drafts and strings are not kept alive) and keeps the buffers for the next.</summary>
    public void Return()
    {
        int used = words?.Count ?? 0;
        Array.Clear(Owner, 0, used);
        Array.Clear(PlaceCountry, 0, used);
        Array.Clear(DemonymCountry, 0, used);
        Drafts.Clear();
        cached = this;
    }

    public NameWords Scan(Pipeline.AnalyzedDocument document)
    {
        words = NameWords.Rescan(words, document.Text, document.Words.All);
        if (Owner.Length < words.Count)
        {
            int size = Math.Max(words.Count, Owner.Length * 2);
            Owner = new NameDraft?[size];
            PlaceCountry = new string?[size];
            DemonymCountry = new string?[size];
        }
        return words;
    }
}
