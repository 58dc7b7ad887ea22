using Pamir.Core.Actors;
using Pamir.Core.Documents;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Places;

namespace Pamir.Tests.Names;

/// <summary>Short reports written for the tests, read by the names layer over the shipped catalogue.</summary>
internal static class Reports
{
    private static readonly NameAnnotator Annotator = new(ActorCatalogue.Shipped, NameLexicon.Shipped);

    public static AnalyzedDocument Document(string text, string id = "report", string? focusCountry = null, params (string Name, string Country, bool Demonym)[] places)
    {
        var document = new AnalyzedDocument(new SourceDocument { Id = id, Source = id + ".txt", Text = text, ContentHash = id })
        {
            FocusCountry = focusCountry,
        };
        var mentions = new List<PlaceMention>();
        int n = 0;
        foreach (var (name, country, demonym) in places)
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                mentions.Add(new PlaceMention(at, at + name.Length, new Place(++n, name, PlaceKind.City, country, 0, 0, 0), IsDemonym: demonym));
        document.Places = mentions.OrderBy(m => m.Start).ToList();
        Annotator.Annotate(document);
        return document;
    }

    public static IReadOnlyList<NameMention> Names(string text, params (string Name, string Country, bool Demonym)[] places) => Document(text, places: places).Names;

    /// <summary>The mention whose text is exactly <paramref name="surface"/> (the first one).</summary>
    public static NameMention? At(AnalyzedDocument document, string surface) =>
        document.Names.FirstOrDefault(n => document.Text[n.Start..n.End] == surface);

    public static NameMention? At(string text, string surface, params (string Name, string Country, bool Demonym)[] places) => At(Document(text, places: places), surface);
}
