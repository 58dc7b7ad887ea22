using Pamir.Core.Documents;
using Pamir.Core.Incidents;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Places;
using Pamir.Core.Quantities;
using Pamir.Core.Reference;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Tests.Incidents;

/// <summary>
/// A short report with hand-built annotation layers, to test the incident rules on their own:
/// sentences split at full stops and line breaks, numbers and the test gazetteer's place names
/// found automatically, times and names given by the test.
/// </summary>
internal sealed class HandBuiltReport(string text)
{
    private static readonly IncidentExtractor Extractor = new(ReferenceData.Shared.Events, ReferenceData.Shared.Gazetteer);

    private readonly List<TimeExpression> times = [];
    private readonly Dictionary<string, PlaceRole> roles = [];
    private readonly HashSet<string> demonyms = [];
    private readonly List<NameMention> names = [];
    private FuzzyDate? published;
    private string? focus;

    public string Text => text;

    public HandBuiltReport Published(string iso) { published = FuzzyDate.ParseIso(iso); return this; }

    public HandBuiltReport Focus(string countryCode) { focus = countryCode; return this; }

    /// <summary>The phrase (its first occurrence, or the nth) is a time expression with this value.</summary>
    public HandBuiltReport Time(string phrase, string iso, TimeAnchor anchor = TimeAnchor.Absolute, int occurrence = 0, string? rangeEnd = null)
    {
        int start = Find(phrase, occurrence);
        times.Add(new TimeExpression(start, start + phrase.Length, FuzzyDate.ParseIso(iso)!.Value, anchor, FuzzyDate.ParseIso(rangeEnd)));
        return this;
    }

    public HandBuiltReport Role(string placeName, PlaceRole role) { roles[placeName] = role; return this; }

    public HandBuiltReport Demonym(string word) { demonyms.Add(word); return this; }

    public HandBuiltReport Name(string phrase, ActorKind kind = ActorKind.Person, string? fullName = null)
    {
        int start = Find(phrase, 0);
        names.Add(new NameMention(start, start + phrase.Length, kind, fullName ?? phrase));
        return this;
    }

    public IReadOnlyList<IncidentReport> Reports() => Extractor.Extract(Build());

    public IncidentReport Single()
    {
        var reports = Reports();
        Assert.True(reports.Count == 1, $"expected one report, found {reports.Count}: {string.Join("; ", reports.Select(Describe))}");
        return reports[0];
    }

    public static string Describe(IncidentReport r) =>
        $"{r.EventType}/{r.SubEventType} {r.Date?.ToIso()} {r.Place?.Name} dead={r.Fatalities} ({r.Trigger})";

    public AnalyzedDocument Build()
    {
        var source = new SourceDocument { Id = "test", Source = "test", Text = text, Published = published, ContentHash = "test" };
        return new AnalyzedDocument(source)
        {
            Sentences = Sentences(),
            Times = times.OrderBy(t => t.Start).ToList(),
            Quantities = TestQuantities.Find(text),
            Places = Places(),
            Names = names.OrderBy(n => n.Start).ToList(),
            FocusCountry = focus,
        };
    }

    private int Find(string phrase, int occurrence)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{phrase}' is not in the report");
        }
        return at;
    }

    private List<Sentence> Sentences()
    {
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            bool end = text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] is ' ' or '\n'));
            if (!end) continue;
            Add(start, text[i] == '\n' ? i : i + 1);
            start = i + 1;
        }
        Add(start, text.Length);
        return sentences;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            if (to > from) sentences.Add(new Sentence(from, to));
        }
    }

    private List<PlaceMention> Places()
    {
        var found = new List<PlaceMention>();
        foreach (var place in TestPlaces.All)
        {
            for (int at = text.IndexOf(place.Name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(place.Name, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                bool wordEnd = at + place.Name.Length == text.Length || !char.IsLetter(text[at + place.Name.Length]);
                if (wordEnd) found.Add(new PlaceMention(at, at + place.Name.Length, place, roles.GetValueOrDefault(place.Name, PlaceRole.Mentioned)));
            }
        }
        foreach (var word in demonyms)
        {
            int at = Find(word, 0);
            var country = TestPlaces.All.First(p => p.Kind == PlaceKind.Country && word.StartsWith(p.Name[..4], StringComparison.Ordinal));
            found.Add(new PlaceMention(at, at + word.Length, country, PlaceRole.Mentioned, IsDemonym: true));
        }
        return found.OrderBy(p => p.Start).ToList();
    }
}
