using System.Collections.Frozen;

namespace Pamir.Core.Places;

/// <summary>The small English lexicons the place finder reads context with. Matched case-insensitively.</summary>
internal static class PlaceWords
{
    /// <summary>Words after a name that make it an administrative area ("Badakhshan province").</summary>
    public static readonly Lexicon RegionSuffixes = new("province", "region", "oblast", "oblys", "viloyat", "governorate", "prefecture",
        "krai", "kray", "okrug", "territory", "state", "county", "canton", "autonomous", "republic", "valley");

    /// <summary>Words after a name that make it a district or a town ("Rasht district", "Vahdat town").</summary>
    public static readonly Lexicon LocalSuffixes = new("district", "city", "town", "village", "settlement", "municipality", "raion", "rayon", "tuman", "jamoat");

    /// <summary>Capitalised words that may follow a place name without making it a person's name ("Vahdat Prison").</summary>
    public static readonly Lexicon FollowingNouns = new("province", "region", "oblast", "district", "city", "town", "village", "valley",
        "prison", "jail", "colony", "airport", "university", "police", "court", "mayor", "governor", "governorate", "administration",
        "hospital", "market", "bazaar", "mosque", "stadium", "station", "square", "street", "avenue", "road", "highway", "bridge",
        "river", "lake", "mountains", "mountain", "gorge", "pass", "border", "state", "council", "assembly", "hotel", "center", "centre",
        "airbase", "base", "garrison", "checkpoint", "camp", "province's", "region's", "city's", "authorities", "office", "branch",
        "metro", "railway", "port", "international", "regional", "municipal", "central", "national", "oblast's", "krai", "okrug",
        "republic", "autonomous", "gate", "plaza", "park", "residents", "people", "times", "post", "news");

    /// <summary>Titles and roles before a name that make it a person ("President Rahmon", "Mr Nuri").</summary>
    public static readonly Lexicon Titles = new("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "gen", "general",
        "col", "colonel", "maj", "major", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "cpl", "minister", "premier",
        "sheikh", "shaikh", "mullah", "mulla", "imam", "commander", "judge", "senator", "rep", "representative", "ambassador",
        "chairman", "chairwoman", "leader", "deputy", "spokesman", "spokeswoman", "spokesperson", "prof", "professor", "king",
        "queen", "prince", "princess", "emir", "amir", "haji", "hajji", "mawlawi", "maulvi", "ustad", "qari", "journalist",
        "activist", "blogger", "lawyer", "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "uncle",
        "officer", "chief", "head", "director", "secretary", "founder", "member", "former", "late", "opposition", "warlord",
        "militant", "fighter", "citizen", "resident", "named", "called", "dubbed", "nicknamed", "alias", "surnamed", "mufti", "ayatollah");

    /// <summary>Capitalised words that may precede a place name without making it a surname ("Northern Kunduz", "Lake Sarez").</summary>
    public static readonly Lexicon PrecedingWords = new("lake", "mount", "mt", "fort", "port", "cape", "saint", "st", "upper", "lower",
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern",
        "southeastern", "southwestern", "greater", "old", "new", "downtown", "outer", "inner", "rural", "suburban", "neighbouring",
        "neighboring", "nearby", "remote", "mountainous", "restive", "volatile", "troubled", "war-torn");

    /// <summary>Function words that start sentences and headlines and so are capitalised without being names.</summary>
    public static readonly Lexicon FunctionWords = new("the", "a", "an", "in", "on", "at", "of", "from", "to", "into", "near", "by",
        "for", "with", "and", "or", "but", "as", "after", "before", "during", "since", "while", "when", "where", "outside", "inside",
        "around", "across", "between", "via", "through", "toward", "towards", "against", "over", "under", "about", "amid", "despite",
        "both", "this", "that", "these", "those", "its", "his", "her", "their", "our", "meanwhile", "however", "also", "then",
        "last", "earlier", "later", "yesterday", "today", "on", "in", "says", "said", "reports", "report", "breaking", "update", "updated", "exclusive", "video", "photos", "analysis", "opinion", "live");

    /// <summary>Prepositions that put a place after them ("in Osh", "near Khorog").</summary>
    public static readonly Lexicon Locatives = new("in", "near", "at", "from", "to", "outside", "around", "across", "into", "inside",
        "towards", "toward", "through", "via", "of", "between");

    /// <summary>Verbs of speech after a single name that make it a person ("Nuri said").</summary>
    public static readonly Lexicon SpeechVerbs = new("said", "says", "told", "added", "stated", "wrote", "claimed", "denied", "urged",
        "warned", "insisted", "explained", "noted", "recalled", "argued", "announced", "asked", "replied", "tweeted", "posted", "declared");

    /// <summary>Units of a distance that makes the following place a reference point ("15 km east of Dushanbe").</summary>
    public static readonly Lexicon DistanceUnits = new("km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "mi", "mile",
        "miles", "m", "metres", "meters", "verst", "versts", "hours", "hour", "minutes", "drive");

    /// <summary>Words between a distance and "of"/"from": directions and the like ("east", "north-west", "away").</summary>
    public static readonly Lexicon Directions = new("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern",
        "northern", "southern", "eastern", "western", "away", "outside", "short", "of", "the", "city", "centre", "center", "capital",
        "drive", "by", "road", "car", "-", "(", ")", "or", "some", "about", "around", "roughly", "approximately", "nearly", "almost", "just", "over", "under");

    /// <summary>Words after "capital" that mean money or law, not a city ("capital punishment").</summary>
    public static readonly Lexicon NonCityCapital = new("punishment", "gains", "gain", "market", "markets", "flight", "flows", "flow",
        "investment", "investments", "expenditure", "spending", "letters", "letter", "crime", "crimes", "offence", "offences", "case",
        "cases", "sentence", "controls", "control", "requirements", "ratio", "adequacy", "outflow", "outflows", "inflow", "inflows",
        "account", "goods", "stock", "increase", "injection", "buffer", "buffers", "base", "charges", "charge");

    public sealed class Lexicon
    {
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words;
        // Most words asked about are in no lexicon: the bit filter answers them without hashing.
        private readonly Text.WordFilter filter;

        public Lexicon(params string[] words)
        {
            this.words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
            filter = new Text.WordFilter(words);
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
            word = word.TrimEnd('.');
            return filter.MayContain(word) && words.Contains(word);
        }
    }
}
