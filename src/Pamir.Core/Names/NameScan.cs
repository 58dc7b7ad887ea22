using Pamir.Core.Actors;
using Pamir.Core.Pipeline;
using Pamir.Core.Text;

namespace Pamir.Core.Names;

/// <summary>
/// The state of one document's names scan: its words, which words a name already covers, the
/// places and demonyms read by the places layer, and the names found so far.
/// </summary>
internal sealed class NameScan
{
    private readonly NameDraft?[] owner;

    public NameScan(AnalyzedDocument document, ActorCatalogue catalogue, CatalogueFilters filters, NameLexicon lexicon, NameScanBuffers buffers)
    {
        Document = document;
        Catalogue = catalogue;
        CatalogueFilters = filters;
        Lexicon = lexicon;
        Words = buffers.Scan(document);
        owner = buffers.Owner;
        PlaceCountry = buffers.PlaceCountry;
        DemonymCountry = buffers.DemonymCountry;
        Drafts = buffers.Drafts;
        foreach (var place in document.Places)
        {
            for (int w = Words.IndexAtOrAfter(place.Start); w < Words.Count && Words[w].Start < place.End; w++)
            {
                if (place.IsDemonym) DemonymCountry[w] = place.Place.CountryCode;
                else PlaceCountry[w] = place.Place.CountryCode;
            }
        }
        for (int w = 0; w < Words.Count; w++)
            if (DemonymCountry[w] is null && Words[w].Capitalized && filters.Demonyms.MayContain(Words.Folded(w)) && catalogue.StateOfDemonym(Words.Folded(w)) is { } state)
                DemonymCountry[w] = state.CountryCode;
    }

    public AnalyzedDocument Document { get; }
    public ActorCatalogue Catalogue { get; }
    /// <summary>Rule out most words as the first word of a catalogue form before the dictionary lookup.</summary>
    public CatalogueFilters CatalogueFilters { get; }
    public NameLexicon Lexicon { get; }
    public NameWords Words { get; }
    public string Text => Words.Text;
    /// <summary>The country of each word the places layer read as a place (not as a demonym); indexed below Words.Count.</summary>
    public string?[] PlaceCountry { get; }

    public bool IsPlace(int word) => PlaceCountry[word] is not null;
    /// <summary>The country (alpha-2) of a demonym word ("Tajik" → TJ).</summary>
    public string?[] DemonymCountry { get; }
    public List<NameDraft> Drafts { get; }
    /// <summary>Acronyms the document defines ("… Party of Tajikistan (IRPT)"), with the name they stand for here.</summary>
    public Dictionary<string, NameDraft> DefinedAcronyms { get; } = new(StringComparer.Ordinal);

    public bool IsCovered(int word) => owner[word] is not null;

    public NameDraft? OwnerOf(int word) => owner[word];

    public bool IsFree(int first, int last)
    {
        for (int w = first; w <= last; w++) if (owner[w] is not null) return false;
        return true;
    }

    public NameDraft Add(NameDraft draft)
    {
        for (int w = draft.First; w <= draft.Last; w++) owner[w] = draft;
        Drafts.Add(draft);
        return draft;
    }

    public bool IsCommon(int word) => Lexicon.CommonWords.Contains(Words.Folded(word));

    /// <summary>The folded word at an index, or empty outside the text.</summary>
    public ReadOnlySpan<char> Folded(int word) => word >= 0 && word < Words.Count ? Words.Folded(word) : [];

    public bool FoldedIs(int word, string value) => Folded(word).SequenceEqual(value);

    /// <summary>
    /// Writes the folded words [first, last] joined by single spaces into the buffer and returns
    /// the length, or -1 when they do not fit: the key of a phrase in the lexicon's sets.
    /// </summary>
    public int FoldedPhrase(int first, int last, Span<char> buffer)
    {
        int n = 0;
        for (int w = first; w <= last; w++)
        {
            var folded = Words.Folded(w);
            if (n + folded.Length + 1 > buffer.Length) return -1;
            if (w > first) buffer[n++] = ' ';
            folded.CopyTo(buffer[n..]);
            n += folded.Length;
        }
        return n;
    }

    /// <summary>The text from the start of one word to the end of another, as written.</summary>
    public string Surface(int first, int last) => Text[Words[first].Start..Words[last].End];

    /// <summary>Two words stand next to each other in one phrase: only spaces, a hyphen, or an abbreviation's period between.</summary>
    public bool Joined(int first, int second)
    {
        if (second >= Words.Count || first < 0) return false;
        if (Words.Adjacent(first, second)) return true;
        var gap = Text.AsSpan(Words[first].End, Words[second].Start - Words[first].End);
        return gap is ". " && !Words[second].SentenceStart;
    }
}
