using System.Collections.Frozen;
using Pamir.Core.Lexicons;
using Pamir.Core.Quantities;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Claims;

/// <summary>
/// The claim rules over one sentence. A number becomes a key figure only when a measure noun
/// governs it: a share "of GDP", a length of a "border", a count of "border guards", a sum of
/// "remittances". Numbers of the dead or wounded are incident tolls and are left alone.
/// </summary>
public sealed class SentenceClaimReader(ClaimLexicon lexicon)
{
    /// <summary>How far (in words) a time expression may stand from the figure it dates.</summary>
    private const int TimeReach = 8;

    /// <summary>A head count this close to "killed" or "wounded" is a toll, not a key figure.</summary>
    private const int TollReach = 10;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TollWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "killed", "dead", "died", "dying", "injured", "wounded", "hurt", "arrested", "detained", "missing", "kidnapped", "abducted", "executed", "killing")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentWords =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "per", "cent", "percent", "%", "pct").GetAlternateLookup<ReadOnlySpan<char>>();

    // A struct passed by reference: one per sentence read, it was the claims stage's largest garbage after the views.
    public readonly record struct Input(
        string DocumentId, SentenceView View, IReadOnlyList<Quantity> Quantities, IReadOnlyList<TimeExpression> Times,
        string? Focus, string? PreviousTopic, FuzzyDate? Published);

    /// <summary>Appends the sentence's claims to <paramref name="claims"/>, in the order their figures stand.</summary>
    public void Read(in Input input, List<Claim> claims)
    {
        var v = input.View;
        var found = new List<(Claim Claim, int FirstWord, int EndWord)>();
        // indexed, not foreach: the layer is an interface here, and its enumerator would be boxed per sentence
        for (int i = 0; i < input.Quantities.Count; i++)
        {
            var q = input.Quantities[i];
            if (q.Value is not double value || q.Approximation == Approximation.Vague) continue;
            if (OverlapsTime(input.Times, q)) continue;
            int q0 = v.WordAt(q.Start), q1 = v.WordAt(q.End - 1) + 1;
            var qualifier = QualifierOf(q.Approximation);
            var claim = q.Unit switch
            {
                "%" => Share(input, q0, q1, value, q.Upper, qualifier),
                "km" => Length(input, q0, q1, value, q.Upper, qualifier),
                null or "people" => Count(input, q0, q1, value, q.Upper, qualifier) ?? Continuation(input, found, q0, q1, value, q.Upper, qualifier),
                { Length: 3 } code when code.All(char.IsUpper) => Money(input, q0, q1, value, q.Upper, qualifier, code),
                _ => null,
            };
            if (claim is not null) found.Add((claim, q0, q1));
        }
        // most sentences with a figure hold no fraction in words: they are not searched for one
        if (v.MayHoldFraction) Fractions(input, found);
        Dated(input, found, claims);
    }

    /// <summary>"almost a third of the economy": fractions in words, as shares.</summary>
    private void Fractions(in Input input, List<(Claim Claim, int FirstWord, int EndWord)> found)
    {
        var v = input.View;
        foreach (var f in lexicon.Fractions.FindAll(v.Text, v.Words))
        {
            if (Inside(found, f.FirstWord)) continue;
            string? qualifier = null;
            int start = f.FirstWord;
            for (int k = Math.Max(0, f.FirstWord - 3); k < f.FirstWord; k++)
                if (lexicon.Qualifiers.MatchAt(v.Text, v.Words, k) is { } qm && qm.EndWord == f.FirstWord) { qualifier = qm.Value; start = k; break; }
            if (Share(input, start, f.EndWord, f.Value, null, qualifier) is { } claim) found.Add((claim, start, f.EndWord));
        }
    }

    private static bool OverlapsTime(IReadOnlyList<TimeExpression> times, Quantity q)
    {
        for (int i = 0; i < times.Count; i++)
            if (times[i].Span.Overlaps(q.Span)) return true;
        return false;
    }

    private static bool Inside(List<(Claim Claim, int FirstWord, int EndWord)> found, int word)
    {
        foreach (var c in found)
            if (c.FirstWord <= word && word < c.EndWord) return true;
        return false;
    }

    private static string? QualifierOf(Approximation a) => a switch
    {
        Approximation.AtLeast => "at least",
        Approximation.MoreThan => "more than",
        Approximation.About => "about",
        Approximation.Nearly => "almost",
        Approximation.UpTo => "up to",
        Approximation.LessThan => "less than",
        _ => null,
    };

    /// <summary>"30% of Tajikistan's GDP", "almost a third of the economy", "over 40% of what the country owes abroad".</summary>
    private Claim? Share(in Input input, int q0, int q1, double value, double? upper, string? qualifier)
    {
        var v = input.View;
        int of = q1;
        while (PercentWords.Contains(v.Word(of))) of++;
        if (!v.WordIs(of, "of") || v.NounAfter(MeasureKind.Denominator, of + 1, 5) is not { } denominator) return null;
        var owner = v.CountryWithin(of + 1, denominator.FirstWord)?.Name;
        string? creditor = null;
        for (int k = denominator.EndWord; k < denominator.EndWord + 3 && creditor is null; k++)
            if (v.WordIs(k, "to") && v.CountryAt(k + 1) is { } c) creditor = c.Name;
        var subject = owner ?? v.FirstCountry(except: creditor) ?? input.Focus;
        if (subject is null) return null;
        var whole = $"{subject}'s {denominator.Value.Canonical}";
        string measure;
        if (creditor is not null) measure = $"share of {whole} owed to {creditor}";
        else if (TopicOf(input, q0, denominator) is { } topic) measure = $"{topic} as a share of {whole}";
        else return null;
        return Make(input, subject, measure, value, "%", upper, qualifier, q0, denominator.EndWord);
    }

    /// <summary>What makes up a share: a topic word in the sentence (nearest the figure), a sum named just before it, or the previous sentence's topic.</summary>
    private static string? TopicOf(in Input input, int q0, PhraseMatch<MeasureNoun> denominator)
    {
        var v = input.View;
        PhraseMatch<MeasureNoun>? best = null;
        foreach (var t in v.Matches(MeasureKind.Topic))
            if (t.EndWord <= denominator.FirstWord || t.FirstWord >= denominator.EndWord)
                if (best is null || Math.Abs(t.FirstWord - q0) < Math.Abs(best.Value.FirstWord - q0)) best = t;
        if (best is { } topic) return topic.Value.Canonical;
        if (v.NounBefore(MeasureKind.Money, q0, 4) is { } sum && sum.Value.Canonical != denominator.Value.Canonical) return sum.Value.Canonical;
        return input.PreviousTopic;
    }

    /// <summary>"the 1,344-kilometre border with Afghanistan", "a 1,400 km long border", "the border stretches for 1,344 km".</summary>
    private static Claim? Length(in Input input, int q0, int q1, double value, double? upper, string? qualifier)
    {
        var v = input.View;
        var noun = v.NounAfter(MeasureKind.Length, q1, 5) ?? v.NounBefore(MeasureKind.Length, q0, 5);
        if (noun is not { } n) return null;
        int from = Math.Max(0, Math.Min(q0, n.FirstWord) - 3), to = Math.Max(q1, n.EndWord) + 4;
        var named = v.Countries.Where(c => c.FirstWord >= from && c.EndWord <= to).ToList();
        // "border with Afghanistan" names the other side; the owner is the country the phrase
        // belongs to ("its", "Tajikistan's", or the sentence's own subject, else the document's focus).
        var other = named.FirstOrDefault(c => v.WordIs(c.FirstWord - 1, "with") || v.WordIs(c.FirstWord - 2, "with")).Name;
        var owner = named.FirstOrDefault(c => !string.Equals(c.Name, other, StringComparison.OrdinalIgnoreCase)).Name
            ?? v.FirstCountry(except: other) ?? input.Focus;
        var ends = named.Select(c => c.Name).Append(owner).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var subject = owner ?? other;
        if (ends.Count == 0) return null;
        string measure = n.Value.Canonical == "border" && ends.Count >= 2
            ? $"length of the {ends[0]}-{ends[1]} border"
            : $"length of {ends[0]}'s {n.Value.Canonical}";
        return Make(input, subject ?? ends[0], measure, value, "km", upper, qualifier, Math.Min(q0, n.FirstWord), Math.Max(q1, n.EndWord));
    }

    /// <summary>"16,000 border guards", "a population of nine million", "the 8.5m-strong population", "4,000 troops" at a military base.</summary>
    private static Claim? Count(in Input input, int q0, int q1, double value, double? upper, string? qualifier)
    {
        var v = input.View;
        var noun = v.NounAfter(MeasureKind.Count, q1, 3) ?? v.NounBefore(MeasureKind.Count, q0, 3);
        if (noun is not { } n || !v.HasContext(n.Value)) return null;
        int start = Math.Min(q0, n.FirstWord), end = Math.Max(q1, n.EndWord);
        for (int k = Math.Max(0, start - TollReach); k < end + TollReach; k++)
            if (TollWords.Contains(v.Word(k))) return null;
        // The nearest country wins: "1,300 Tajik refugees", "Tajikistan's 8.2 million population", "population of Armenia".
        var subject = (v.CountryWithin(q1, n.FirstWord) ?? v.CountryWithin(Math.Max(0, start - 3), start) ?? v.CountryWithin(end, end + 3))?.Name
            ?? v.FirstCountry() ?? input.Focus;
        if (subject is null) return null;
        return Make(input, subject, $"{n.Value.Canonical} of {subject}", value, "people", upper, qualifier, start, end);
    }

    /// <summary>"from 4,000 troops to 7,500 by 2025": the second figure of a change carries the first one's measure.</summary>
    private static Claim? Continuation(in Input input, List<(Claim Claim, int FirstWord, int EndWord)> found, int q0, int q1, double value, double? upper, string? qualifier)
    {
        var v = input.View;
        if (!v.WordIs(q0 - 1, "to") || found.Count == 0) return null;
        var (previous, p0, _) = found[^1];
        if (!v.WordIs(p0 - 1, "from") || q0 - p0 > 8) return null;
        return previous with { Value = value, Upper = upper, Qualifier = qualifier, StatedAs = new TextSpan(v.Words[p0 - 1].Start, v.Words[q1 - 1].End).Of(v.Text) };
    }

    /// <summary>"$3.1 billion worth of remittances reached Kyrgyzstan", "remittances totalled $3.1bn".</summary>
    private static Claim? Money(in Input input, int q0, int q1, double value, double? upper, string? qualifier, string currency)
    {
        var v = input.View;
        var noun = v.NounAfter(MeasureKind.Money, q1, 3) ?? v.NounBefore(MeasureKind.Money, q0, 4);
        if (noun is not { } n) return null;
        int end = Math.Max(q1, n.EndWord);
        string? recipient = null;
        for (int k = end; k < end + 5 && recipient is null; k++)
            if ((v.WordIs(k, "to") || v.WordIs(k, "into")) && v.CountryAt(k + 1) is { } c) recipient = c.Name;
        var subject = recipient ?? v.CountryWithin(Math.Max(0, Math.Min(q0, n.FirstWord) - 3), end)?.Name ?? v.FirstCountry() ?? input.Focus;
        if (subject is null) return null;
        return Make(input, subject, $"{n.Value.Canonical} of {subject}", value, currency, upper, qualifier, Math.Min(q0, n.FirstWord), end);
    }

    private static Claim Make(in Input input, string subject, string measure, double value, string unit, double? upper, string? qualifier, int firstWord, int endWord)
    {
        var v = input.View;
        var stated = new TextSpan(v.Words[firstWord].Start, v.Words[Math.Min(endWord, v.Words.Count) - 1].End).Of(v.Text);
        return new Claim(input.DocumentId, subject, measure, value, unit, v.Span, upper, qualifier, stated, Published: input.Published);
    }

    /// <summary>Each time expression dates the figure nearest to it ("from 4,000 troops to 7,500 by 2025": 2025 dates the 7,500 only).</summary>
    private static void Dated(in Input input, List<(Claim Claim, int FirstWord, int EndWord)> found, List<Claim> claims)
    {
        var v = input.View;
        var dates = new FuzzyDate?[found.Count];
        for (int k = 0; k < input.Times.Count; k++)
        {
            var t = input.Times[k];
            int w = v.WordAt(t.Start);
            int best = -1, bestDistance = TimeReach + 1;
            for (int i = 0; i < found.Count; i++)
            {
                int d = w < found[i].FirstWord ? found[i].FirstWord - w : Math.Max(0, w - found[i].EndWord + 1);
                if (d < bestDistance) { best = i; bestDistance = d; }
            }
            if (best >= 0 && dates[best] is null) dates[best] = t.Value;
        }
        for (int i = 0; i < found.Count; i++) claims.Add(dates[i] is { } d ? found[i].Claim with { RefersTo = d } : found[i].Claim);
    }
}
