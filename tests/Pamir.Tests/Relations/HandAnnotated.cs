using Pamir.Core.Documents;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Places;
using Pamir.Core.Quantities;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Tests.Relations;

/// <summary>
/// A short report with its annotation layers set by hand, so relation and claim rules are tested
/// without the annotators that produce those layers. Each phrase is located by its first
/// occurrence in the text at or after the previous phrase of the same layer (or by an explicit occurrence).
/// Sentences end at ". " and at line breaks.
/// </summary>
public sealed class HandAnnotated(string text)
{
    private readonly List<PlaceMention> places = [];
    private readonly List<NameMention> names = [];
    private readonly List<Quantity> quantities = [];
    private readonly List<TimeExpression> times = [];
    private string? focus;
    private FuzzyDate? published;
    private string? title;

    public static HandAnnotated Of(string text) => new(text);

    public HandAnnotated Country(string phrase, string code, string? name = null, int occurrence = 1)
    {
        var (s, e) = Find(phrase, occurrence);
        places.Add(new PlaceMention(s, e, new Place(code.GetHashCode(), name ?? phrase, PlaceKind.Country, code, 0, 0, 0), IsDemonym: name is not null));
        return this;
    }

    public HandAnnotated City(string phrase, string code, int occurrence = 1)
    {
        var (s, e) = Find(phrase, occurrence);
        places.Add(new PlaceMention(s, e, new Place(phrase.GetHashCode(), phrase, PlaceKind.City, code, 0, 0, 0)));
        return this;
    }

    public HandAnnotated Name(string phrase, ActorKind kind, string? fullName = null, int occurrence = 1)
    {
        var (s, e) = Find(phrase, occurrence);
        names.Add(new NameMention(s, e, kind, fullName ?? phrase));
        return this;
    }

    public HandAnnotated Quantity(string phrase, double value, string? unit = null, Approximation approximation = Approximation.Exact, double? upper = null)
    {
        var (s, e) = Find(phrase, 1);
        quantities.Add(new Quantity(s, e, value, approximation, unit, upper));
        return this;
    }

    public HandAnnotated Time(string phrase, FuzzyDate value)
    {
        var (s, e) = Find(phrase, 1);
        times.Add(new TimeExpression(s, e, value, TimeAnchor.Absolute));
        return this;
    }

    public HandAnnotated Focus(string countryCode) { focus = countryCode; return this; }

    public HandAnnotated Published(FuzzyDate date) { published = date; return this; }

    public HandAnnotated Titled(string value) { title = value; return this; }

    public AnalyzedDocument Build() => new(new SourceDocument { Id = "report", Source = "report.txt", Text = text, Title = title, Published = published, ContentHash = "0" })
    {
        Sentences = Sentences(),
        Places = places.OrderBy(p => p.Start).ToList(),
        Names = names.OrderBy(n => n.Start).ToList(),
        Quantities = quantities.OrderBy(q => q.Start).ToList(),
        Times = times.OrderBy(t => t.Start).ToList(),
        FocusCountry = focus,
    };

    public TextSpan SpanOf(string phrase) { var (s, e) = Find(phrase, 1); return new TextSpan(s, e); }

    private (int Start, int End) Find(string phrase, int occurrence)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{phrase}' (occurrence {occurrence}) is not in the test report");
        }
        return (at, at + phrase.Length);
    }

    private List<Sentence> Sentences()
    {
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool end = i == text.Length || text[i] == '\n' || (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ' || text[i + 1] == '\n'));
            if (!end) continue;
            int stop = i < text.Length && text[i] == '.' ? i + 1 : i;
            while (start < stop && char.IsWhiteSpace(text[start])) start++;
            if (stop > start) sentences.Add(new Sentence(start, stop));
            start = i + 1;
        }
        return sentences;
    }
}
