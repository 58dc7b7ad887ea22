using System.Collections.Frozen;

namespace Pamir.Core.Names;

/// <summary>
/// Whether a capital or a country named in the text acts as a government ("Dushanbe joined the
/// coalition", "Moscow and Dushanbe both denied", "Moscow's support", "relations with Beijing")
/// or is just where something happens ("a blast in Dushanbe", "fled to Russia").
/// </summary>
internal static class ActingContext
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives = Set(
        "in", "at", "near", "inside", "into", "outside", "around", "across", "throughout", "within", "via", "through",
        "towards", "toward", "to", "from", "of", "between", "off", "beyond", "along", "reach", "reached", "entered", "visited", "visit", "trip", "travelled", "traveled", "flew", "arrived");

    // After these the place is the government: "support from Moscow", "ties to Russia", "pressure from Beijing".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GovernmentNouns = Set(
        "support", "backing", "help", "aid", "assistance", "pressure", "approval", "orders", "order", "instructions", "criticism",
        "ties", "relations", "relationship", "links", "loyalty", "allegiance", "loans", "loan", "credit", "investment", "funding", "money",
        "envoy", "envoys", "delegation", "ambassador", "embassy", "government", "governments", "president", "leadership", "authorities",
        "ally", "allies", "partner", "partners", "rival", "rivals", "enemy", "enemies", "foe", "foes", "adversary", "adversaries",
        "policy", "policies", "position", "stance", "response", "decision", "demands", "demand", "interests", "influence", "role",
        "strategy", "approach", "efforts", "concerns", "regime", "officials", "request", "requests", "threat", "threats", "warning",
        "recognition", "sanctions", "troops", "forces", "military", "army", "intelligence", "agreement", "talks", "deal", "cooperation",
        "co-operation", "dispute", "tensions", "war", "conflict", "behalf", "protection", "patronage", "backer", "backers", "sponsor");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ActingVerbs = Set(
        "said", "says", "say", "announced", "announces", "denied", "denies", "deny", "joined", "joins", "supported", "supports", "support",
        "backed", "backs", "accused", "accuses", "condemned", "condemns", "wants", "want", "wanted", "hosts", "hosted", "remains", "remained",
        "stands", "stood", "reversed", "signed", "signs", "agreed", "agrees", "refused", "refuses", "rejected", "rejects", "sent", "sends",
        "deployed", "deploys", "blamed", "blames", "claimed", "claims", "warned", "warns", "urged", "urges", "insists", "insisted",
        "demanded", "demands", "responded", "responds", "reacted", "pledged", "pledges", "promised", "promises", "offered", "offers",
        "approved", "approves", "opposed", "opposes", "welcomed", "welcomes", "criticised", "criticized", "criticises", "criticizes",
        "recognised", "recognized", "recognises", "recognizes", "pushed", "pushes", "sought", "seeks", "hopes", "hoped", "fears", "feared",
        "considers", "considered", "views", "viewed", "sees", "saw", "believes", "believed", "expects", "expected", "tried", "tries",
        "began", "begins", "decided", "decides", "ordered", "orders", "launched", "launches", "imposed", "imposes", "expelled", "expels",
        "extradited", "extradites", "arrested", "arrests", "banned", "bans", "designated", "designates", "needs", "needed", "plans",
        "planned", "intends", "intended", "told", "tells", "asked", "asks", "called", "calls", "continues", "continued", "keeps", "kept",
        "gave", "gives", "provided", "provides", "helped", "helps", "allowed", "allows", "invited", "invites", "maintains", "maintained",
        "took", "takes", "made", "makes", "turned", "turns", "moved", "moves", "threatened", "threatens", "retaliated", "negotiated", "brokered",
        "mediated", "armed", "funded", "funds", "financed", "trained", "trains");

    // "Dushanbe is concerned", "Moscow was keen": a government's attitude rather than a city's description.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Attitudes = Set(
        "concerned", "worried", "wary", "keen", "ready", "reluctant", "unwilling", "willing", "determined", "eager", "interested",
        "cautious", "alarmed", "unhappy", "pleased", "opposed", "committed", "trying", "seeking", "pushing", "backing", "supporting",
        "believed", "expected", "said", "reported", "alleged", "accused", "suspected", "angry", "furious", "satisfied", "prepared", "unlikely", "likely");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = Set("is", "was", "are", "were", "remains", "remained", "seems", "appears");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotVerbs = Set(
        "based", "located", "situated", "named", "called", "hit", "rocked", "shaken", "struck", "bombed", "attacked", "flooded", "destroyed", "held", "seized", "captured", "fell");

    /// <summary>
    /// The name over words [first, last] stands after a word that makes it a place ("in", "near",
    /// "to") — unless a government noun comes before that word ("support from Moscow").
    /// </summary>
    public static bool IsLocative(NameScan scan, int first)
    {
        int before = first - 1;
        if (before < 0 || !InSameClause(scan, before, first)) return false;
        var word = scan.Folded(before);
        if (word.SequenceEqual("anti") || word.SequenceEqual("pro")) return false;
        if (word.SequenceEqual("between") || word.SequenceEqual("with")) return false;
        if (!Locatives.Contains(word)) return false;
        if (word.SequenceEqual("to") || word.SequenceEqual("from") || word.SequenceEqual("of") || word.SequenceEqual("between"))
        {
            for (int w = before - 1; w >= Math.Max(0, before - 2); w--)
                if (InSameClause(scan, w, before) && GovernmentNouns.Contains(scan.Folded(w))) return false;
        }
        return true;
    }

    /// <summary>A capital over words [first, last] acts as its government (see the class summary).</summary>
    public static bool Acts(NameScan scan, int first, int last)
    {
        if (IsLocative(scan, first)) return false;
        if (PossessiveGovernment(scan, last)) return true;
        if (AfterHyphenatedPrefix(scan, first)) return true;
        if (RelationalBefore(scan, first)) return true;
        int next = last + 1;
        // "Moscow and Dushanbe both denied": skip a coordinated name.
        if (scan.FoldedIs(next, "and") && next + 1 < scan.Words.Count && scan.Words[next + 1].Capitalized && InSameClause(scan, last, next + 1))
        {
            next += 2;
            while (next < scan.Words.Count && scan.Words[next].Capitalized && scan.Joined(next - 1, next)) next++;
        }
        bool auxiliary = false;
        for (int hops = 0; hops < 5 && next < scan.Words.Count && InSameClause(scan, last, next); hops++, next++)
        {
            var word = scan.Folded(next);
            if (scan.Words[next].Capitalized || scan.Words[next].IsNumber) return false;
            if (!auxiliary && Copulas.Contains(word))
                return next + 1 < scan.Words.Count && (Attitudes.Contains(scan.Folded(next + 1)) || scan.FoldedIs(next + 1, "not") && Attitudes.Contains(scan.Folded(next + 2)));
            if (NotVerbs.Contains(word) || word.SequenceEqual("been")) return false;
            if (IsAdverb(word)) continue;
            if (IsAuxiliary(word)) { auxiliary = true; continue; }
            return ActingVerbs.Contains(word) || word.EndsWith("ed") && word.Length > 4;
        }
        return false;
    }

    /// <summary>"Tajikistan's foreign policy", "Moscow’s support": a possessive followed by a government noun.</summary>
    public static bool PossessiveGovernment(NameScan scan, int last)
    {
        var text = scan.Text;
        int end = scan.Words[last].End;
        if (end + 1 >= text.Length || !NameFold.IsApostrophe(text[end]) || text[end + 1] is not ('s' or 'S')) return false;
        for (int w = last + 1; w < Math.Min(scan.Words.Count, last + 5); w++)
        {
            if (!InSameClause(scan, last, w) || scan.Words[w].Capitalized) return false;
            if (GovernmentNouns.Contains(scan.Folded(w))) return true;
        }
        return false;
    }

    private static bool RelationalBefore(NameScan scan, int first)
    {
        int before = first - 1;
        if (before < 1 || !InSameClause(scan, before, first)) return false;
        var word = scan.Folded(before);
        if (word.SequenceEqual("between")) return true;
        if (!(word.SequenceEqual("with") || word.SequenceEqual("from") || word.SequenceEqual("to") || word.SequenceEqual("by") || word.SequenceEqual("of"))) return false;
        return GovernmentNouns.Contains(scan.Folded(before - 1)) && InSameClause(scan, before - 1, before);
    }

    // "anti-Dushanbe", "pro-Moscow": the government, by construction.
    private static bool AfterHyphenatedPrefix(NameScan scan, int first) =>
        first > 0 && scan.Words[first].HyphenBefore && (scan.FoldedIs(first - 1, "anti") || scan.FoldedIs(first - 1, "pro"));

    private static bool IsAdverb(ReadOnlySpan<char> word) =>
        word is "reportedly" or "also" or "then" or "now" or "still" or "later" or "both" or "officially" or "unofficially" or "publicly"
            or "quickly" or "repeatedly" or "again" or "long" or "never" or "already" or "recently" or "eventually" or "finally"
            or "openly" or "quietly" or "initially" or "too" or "not" or "always" or "once" or "soon" or "swiftly" or "immediately";

    private static bool IsAuxiliary(ReadOnlySpan<char> word) =>
        word is "will" or "would" or "could" or "can" or "cannot" or "may" or "might" or "must" or "should" or "did" or "does"
            or "has" or "have" or "had" or "do";

    /// <summary>No sentence or clause punctuation (. , ; : brackets, line break) between two words.</summary>
    public static bool InSameClause(NameScan scan, int a, int b)
    {
        if (a > b) (a, b) = (b, a);
        for (int w = a; w < b; w++)
        {
            for (int k = scan.Words[w].End; k < scan.Words[w + 1].Start; k++)
            {
                char c = scan.Text[k];
                if (c is ',' or ';' or ':' or '(' or ')' or '\n' or '\r' or '!' or '?' or '"' or '“' or '”') return false;
                if (c == '.' && scan.Words[w + 1].SentenceStart) return false;
            }
        }
        return true;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
