using System.Collections.Frozen;
using Pamir.Core.Lexicons;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Relations;

/// <summary>
/// Reads relation statements out of running sentences: a trigger from the lexicon ("allied with",
/// "its new enemy", "leader of") and the actors that its frame places around it. Only actors
/// within a few words of the trigger count, so a trigger never reaches across a long sentence.
/// </summary>
public sealed class SentenceRelationReader(RelationLexicon lexicon)
{
    /// <summary>How many words may stand between a trigger and the actor it governs.</summary>
    private const int MaxGap = 6;
    /// <summary>A verb's subject may stand further off than its object ("X, who ruled since 1992, condemned Y").</summary>
    private const int MaxSubjectGap = 10;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Possessives = Words("its", "their", "his", "her");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = Words("is", "was", "are", "were", "remains", "remained", "became", "has", "been", "become", "had");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Appositives = Words(
        ",", "the", "a", "an", "as", "former", "then", "deputy", "also", "now", "its", "their", "his", "her", "is", "was", "are", "were",
        "remains", "remained", "became", "has", "have", "been", "become", "had", "still", "once", "long", "co", "-");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Joiners = Words("and", ",", "&");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Until = Words("until", "till", "til", "through");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends the sentence's statements to <paramref name="found"/>, in the order its triggers stand.</summary>
    /// <param name="layer">The word layer of the document's text, which the sentence is a span of.</param>
    /// <param name="previousSubject">Whom "its" points at when the sentence names no one before it (the subject of earlier sentences, or the document's focus).</param>
    /// <param name="words">A buffer the sentence is split into, reused from one sentence to the next.</param>
    public void Read(string documentId, WordLayer layer, TextSpan sentence, ReadOnlySpan<ActorSpan> actors, IReadOnlyList<TimeExpression> times, string? previousSubject,
        List<TextSpan> words, List<RelationStatement> found)
    {
        if (actors.IsEmpty) return;
        var text = layer.Text;
        WordSpans.ScanInto(words, layer, sentence);
        var placed = PlacedActors.Borrow();
        foreach (var a in actors) placed.Add(new Placed(a, WordSpans.IndexAt(words, a.Start), WordSpans.IndexAt(words, a.End - 1) + 1));
        var ctx = new Context(text, words, placed);
        List<(string Source, string Target)>? ends = null;
        for (int i = 0; i < words.Count;)
        {
            if (ctx.ActorAt(i) is { } inside) { i = inside.EndWord; continue; }
            if (lexicon.Triggers.MatchAt(text, words, i) is not { } match) { i++; continue; }
            i = match.EndWord;
            if (match.Value.Frame == TriggerFrame.Ignore) continue;
            (ends ??= []).Clear();
            if (ctx.Word(match.FirstWord - 1) is "-") Compound(ctx, match, ends);
            else Ends(ctx, match, previousSubject, ends);
            foreach (var (source, target) in ends)
            {
                if (string.Equals(source, target, StringComparison.OrdinalIgnoreCase)) continue;
                var (since, until) = TimeOf(text, words, times, sentence, words[match.FirstWord].Start);
                found.Add(new RelationStatement(documentId, source, target, match.Value.Type, sentence, since, until));
            }
        }
        PlacedActors.Return(placed);
    }

    // The sentence's actors placed on its words, in a list lent per thread: one of its own per
    // sentence was the relations stage's largest garbage after the words.
    private static readonly ThreadLentList<Placed> PlacedActors = new();

    /// <summary>
    /// "the Moscow-led CSTO", "Russian-backed separatists": a trigger glued to the actor before it
    /// relates that actor to the head noun right after it, and to nothing further off.
    /// </summary>
    private static void Compound(Context ctx, PhraseMatch<RelationTrigger> m, List<(string Source, string Target)> ends)
    {
        if (m.Value.Frame != TriggerFrame.Active) return;
        if (ctx.Before(m.FirstWord - 1, 0, asModifier: true) is { } source && ctx.After(m.EndWord, 1) is { } target)
            ends.Add((source.Actor.Name, target.Actor.Name));
    }

    /// <summary>The (source, target) pairs the trigger's frame places around it, added to <paramref name="ends"/>.</summary>
    private void Ends(Context ctx, PhraseMatch<RelationTrigger> m, string? previousSubject, List<(string Source, string Target)> ends)
    {
        int t0 = m.FirstWord, t1 = m.EndWord;
        switch (m.Value.Frame)
        {
            case TriggerFrame.Active:
                if (ctx.Before(t0, MaxSubjectGap) is { } activeSource)
                    for (var target = ctx.After(t1, MaxGap); target is { } t; target = ctx.NextConjunct(t))
                        ends.Add((activeSource.Actor.Name, t.Actor.Name));
                break;
            case TriggerFrame.Reversed:
                if (ctx.Before(t0, MaxGap) is { } reversedTarget)
                    for (var source = ctx.After(t1, MaxGap); source is { } a; source = ctx.NextConjunct(a))
                        ends.Add((a.Actor.Name, reversedTarget.Actor.Name));
                break;
            case TriggerFrame.Between:
                if (ctx.After(t1, MaxGap) is { } first && ctx.After(first.EndWord, 1) is { } second && ctx.Joined(first, second))
                    ends.Add((first.Actor.Name, second.Actor.Name));
                break;
            case TriggerFrame.Mutual:
                if (ctx.Before(t0, MaxSubjectGap) is { } last)
                {
                    if (ctx.Before(last.StartWord, 1) is { } earlier && ctx.Joined(earlier, last))
                        ends.Add((earlier.Actor.Name, last.Actor.Name));
                    else if (ctx.After(t1, MaxGap) is { } partner)
                        ends.Add((last.Actor.Name, partner.Actor.Name));
                }
                break;
            case TriggerFrame.Possessive:
            case TriggerFrame.ReversedPossessive:
                if (PossessiveStance(ctx, t0, t1, previousSubject) is { } stance)
                    ends.Add(m.Value.Frame == TriggerFrame.Possessive ? stance : (stance.Target, stance.Source));
                break;
            case TriggerFrame.RoleOf:
                if (ctx.Before(t0, 3) is { } holder && ctx.OnlyApposition(holder.EndWord, t0) && ctx.After(t1, 3) is { } body)
                    ends.Add((holder.Actor.Name, body.Actor.Name));
                break;
            case TriggerFrame.RolePrefix:
                if (ctx.Before(t0, 2) is { } group && ctx.After(t1, 1) is { } person)
                    ends.Add((person.Actor.Name, group.Actor.Name));
                break;
        }
    }

    /// <summary>
    /// "X, its main partner" / "X is its partner" / "its new enemy, X": the target stands beside the
    /// noun phrase; the source is the possessor, read as the sentence's first other actor (or the
    /// subject carried over from earlier sentences). A lapsed word ("former foe") states nothing.
    /// </summary>
    private (string Source, string Target)? PossessiveStance(Context ctx, int t0, int t1, string? previousSubject)
    {
        int p = t0 - 1;
        while (p >= 0 && t0 - p <= 4 && !Possessives.Contains(ctx.Word(p)) && ctx.ActorAt(p) is null) p--;
        if (p < 0 || !Possessives.Contains(ctx.Word(p))) return null;
        for (int k = p + 1; k < t0; k++)
            if (lexicon.Lapsed.MatchAt(ctx.Text, ctx.Words, k) is not null) return null;

        Placed? target = null;
        if (ctx.Before(p, 2) is { } before && OnlyCopulas(ctx, before.EndWord, p))
            target = before;
        else if (ctx.After(t1, 2) is { } after && (after.StartWord == t1 || ctx.Word(t1) is "," or ":" or "—" or "–" or "-"))
            target = after;
        if (target is not { } t) return null;

        var possessor = ctx.FirstOther(t, p) ?? previousSubject;
        return possessor is null ? null : (possessor, t.Actor.Name);
    }

    /// <summary>Whether only commas and copulas stand in words [from, to).</summary>
    private static bool OnlyCopulas(Context ctx, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!(ctx.Word(k) is "," || Copulas.Contains(ctx.Word(k)))) return false;
        return true;
    }

    private static (FuzzyDate? Since, FuzzyDate? Until) TimeOf(string text, List<TextSpan> words, IReadOnlyList<TimeExpression> times, TextSpan sentence, int near)
    {
        TimeExpression? best = null;
        for (int i = 0; i < times.Count; i++)
        {
            var t = times[i];
            if (sentence.Contains(t.Start) && (best is null || Math.Abs(t.Start - near) < Math.Abs(best.Start - near))) best = t;
        }
        if (best is null) return (null, null);
        int at = WordSpans.IndexAt(words, best.Start);
        var first = at < words.Count ? words[at].In(text) : [];
        var previous = at > 0 ? words[at - 1].In(text) : [];
        if (Until.Contains(first) || Until.Contains(previous)) return (null, best.Value);
        if (best.RangeEnd is { } end) return (best.Value, end);
        return (best.Value, null);
    }

    private readonly record struct Placed(ActorSpan Actor, int StartWord, int EndWord);

    private sealed class Context(string text, List<TextSpan> words, List<Placed> actors)
    {
        public string Text => text;
        public List<TextSpan> Words => words;

        public ReadOnlySpan<char> Word(int i) => words[i].In(text);

        public Placed? ActorAt(int word)
        {
            foreach (var a in actors) if (word >= a.StartWord && word < a.EndWord) return a;
            return null;
        }

        /// <summary>
        /// The nearest actor ending at or before word <paramref name="at"/>, at most <paramref name="gap"/> words away.
        /// An actor glued by a hyphen to the next word ("US-led") only modifies that word and is skipped, unless asked for.
        /// </summary>
        public Placed? Before(int at, int gap, bool asModifier = false)
        {
            Placed? best = null;
            foreach (var a in actors)
                if (a.EndWord <= at && at - a.EndWord <= gap && (asModifier || !IsModifier(a)) && (best is null || a.EndWord > best.Value.EndWord)) best = a;
            return best;
        }

        private bool IsModifier(Placed a) =>
            a.EndWord < words.Count && Word(a.EndWord) is "-" && words[a.EndWord].Start == words[a.EndWord - 1].End;

        /// <summary>Whether only commas, articles and copulas stand between an actor and the role that follows it ("X, the leader of", "X remains a member of").</summary>
        public bool OnlyApposition(int from, int to)
        {
            for (int k = from; k < to; k++) if (!Appositives.Contains(Word(k))) return false;
            return true;
        }

        /// <summary>The nearest actor starting at or after word <paramref name="at"/>, skipping at most <paramref name="gap"/> words.</summary>
        public Placed? After(int at, int gap)
        {
            Placed? best = null;
            foreach (var a in actors)
                if (a.StartWord >= at && a.StartWord - at <= gap && !IsModifier(a) && (best is null || a.StartWord < best.Value.StartWord)) best = a;
            return best;
        }

        /// <summary>The actor coordinated with this one ("X, Y and Z": Y after X, Z after Y), or null.</summary>
        public Placed? NextConjunct(Placed current) =>
            After(current.EndWord, 2) is { } next && Joined(current, next) ? next : null;

        /// <summary>Whether only "and" or commas (and an article) stand between two actors.</summary>
        public bool Joined(Placed first, Placed second)
        {
            bool joiner = false;
            for (int k = first.EndWord; k < second.StartWord; k++)
            {
                var w = Word(k);
                if (Joiners.Contains(w)) joiner = true;
                else if (!w.Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
            }
            return joiner;
        }

        /// <summary>The sentence's first actor before word <paramref name="before"/> that is not <paramref name="other"/>.</summary>
        public string? FirstOther(Placed other, int before)
        {
            foreach (var a in actors)
                if (a.StartWord < before && !a.Actor.Name.Equals(other.Actor.Name, StringComparison.OrdinalIgnoreCase)) return a.Actor.Name;
            return null;
        }
    }
}
