using System.Collections.Frozen;
using System.Reflection;
using Pamir.Core.Names;

namespace Pamir.Core.Actors;

/// <summary>
/// The actor catalogue: known people, organisations, armed groups and states with their aliases,
/// acronyms, codes, metonyms and demonyms, read from tab-separated files (data/actors/*.tsv,
/// embedded; more in the directory named by PAMIR_ACTORS). Immutable once built.
/// </summary>
public sealed class ActorCatalogue
{
    private const string ResourcePrefix = "actors/";
    private static readonly Lazy<ActorCatalogue> ShippedCatalogue = new(() => LoadShipped(Environment.GetEnvironmentVariable("PAMIR_ACTORS")));

    private readonly FrozenDictionary<string, CatalogueActor> byId;
    private readonly FrozenDictionary<string, CatalogueActor[]> byFoldedName;
    private readonly FrozenDictionary<string, CatalogueActor[]>.AlternateLookup<ReadOnlySpan<char>> foldedLookup;

    private readonly FrozenDictionary<string, CatalogueActor> byCode;
    private readonly FrozenDictionary<string, CatalogueActor> stateByCountry;

    private ActorCatalogue(IReadOnlyList<CatalogueActor> actors)
    {
        Actors = actors;
        byId = actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        var forms = actors.SelectMany(FormsOf).ToList();
        FormsByFirstWord = forms
            .GroupBy(f => f.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(f => f.WordCount).ToArray(), StringComparer.Ordinal);
        byFoldedName = forms
            .Where(f => f.Kind != CatalogueFormKind.Metonym && f.Kind != CatalogueFormKind.Demonym)
            .GroupBy(f => string.Join(' ', f.Words), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(f => f.Kind).Select(f => f.Actor).Distinct().ToArray(), StringComparer.Ordinal);
        foldedLookup = byFoldedName.GetAlternateLookup<ReadOnlySpan<char>>();
        var codes = new Dictionary<string, CatalogueActor>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in actors)
            foreach (var code in a.Codes.Concat(a.Acronyms))
                codes.TryAdd(code.Replace(".", ""), a);
        byCode = codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var states = new Dictionary<string, CatalogueActor>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in actors)
            if (a.Kind == ActorKind.State && a.CountryCode is { } cc) states.TryAdd(cc, a);
        stateByCountry = states.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        DemonymLookup = forms.Where(f => f.Kind == CatalogueFormKind.Demonym)
            .GroupBy(f => string.Join(' ', f.Words), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Actor, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The catalogue shipped with Pamir, extended by the files in PAMIR_ACTORS when set.</summary>
    public static ActorCatalogue Shipped => ShippedCatalogue.Value;

    public IReadOnlyList<CatalogueActor> Actors { get; }

    /// <summary>Every form by its first folded word, longest forms first: what the names layer scans with.</summary>
    public FrozenDictionary<string, CatalogueForm[]> FormsByFirstWord { get; }

    internal FrozenDictionary<string, CatalogueActor>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    public CatalogueActor? Get(string id) => byId.GetValueOrDefault(id);

    /// <summary>The actor a name, alias, acronym or code stands for, ignoring case and accents ("Rakhmon", "isis", "PRC").</summary>
    public CatalogueActor? Find(string name) => FindAll(name).FirstOrDefault();

    /// <summary>Every actor a form may stand for ("GKNB" is the security committee of more than one state).</summary>
    public IReadOnlyList<CatalogueActor> FindAll(string name)
    {
        var folded = FoldedName.Of(name);
        if (folded.StartsWith("the ", StringComparison.Ordinal)) folded = folded[4..];
        return foldedLookup.TryGetValue(folded, out var found) ? found : [];
    }

    /// <summary>The actor a profile code or acronym stands for ("RUS", "PRC", "IRA", "HQN"), ignoring case.</summary>
    public CatalogueActor? FindByCode(string code) => byCode.GetValueOrDefault(code.Trim().Replace(".", ""));

    /// <summary>The state whose demonym this is ("Tajik" → Tajikistan), from a folded word.</summary>
    public CatalogueActor? StateOfDemonym(ReadOnlySpan<char> folded) => DemonymLookup.TryGetValue(folded, out var state) ? state : null;

    /// <summary>The state with this ISO alpha-2 code ("TJ" → Tajikistan).</summary>
    public CatalogueActor? StateOf(string? countryCode) => countryCode is null ? null : stateByCountry.GetValueOrDefault(countryCode);

    public static ActorCatalogue LoadShipped(string? userDirectory = null)
    {
        var files = new List<(string, string)>();
        var assembly = typeof(ActorCatalogue).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            files.Add((name, ReadResource(assembly, name)));
        if (!string.IsNullOrWhiteSpace(userDirectory))
        {
            if (!Directory.Exists(userDirectory))
                throw new DirectoryNotFoundException($"actor catalogue directory '{userDirectory}' (PAMIR_ACTORS) does not exist");
            foreach (var path in Directory.EnumerateFiles(userDirectory, "*.tsv").Order(StringComparer.Ordinal))
                files.Add((path, File.ReadAllText(path)));
        }
        return Parse(files);
    }

    internal static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads catalogue files (source name, text); a later line with an id already read replaces it.</summary>
    public static ActorCatalogue Parse(IEnumerable<(string Source, string Text)> files)
    {
        var actors = new Dictionary<string, CatalogueActor>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (source, text) in files)
        {
            int lineNumber = 0;
            foreach (var rawLine in text.Split('\n'))
            {
                lineNumber++;
                string line = rawLine.TrimEnd('\r');
                if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
                var actor = ParseLine(line, $"{source}:{lineNumber}");
                if (!actors.ContainsKey(actor.Id)) order.Add(actor.Id);
                actors[actor.Id] = actor;
            }
        }
        return new ActorCatalogue(order.Select(id => actors[id]).ToList());
    }

    private static CatalogueActor ParseLine(string line, string where)
    {
        var cells = line.Split('\t');
        string Cell(int i) => i < cells.Length ? cells[i].Trim() : "";
        IReadOnlyList<string> List(int i) => Cell(i).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string id = Cell(0), name = Cell(1);
        if (id.Length == 0 || name.Length == 0)
            throw new FormatException($"{where}: an actor needs an id and a name (tab-separated), got '{line}'");
        var kind = ActorKindNames.Parse(Cell(2))
            ?? throw new FormatException($"{where}: unknown kind '{Cell(2)}' for '{id}' (person, organization, armed_group, state or group)");
        string country = Cell(3);
        if (country.Length != 0 && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
            throw new FormatException($"{where}: country '{country}' of '{id}' is not an ISO 3166-1 alpha-2 code");
        return new CatalogueActor(id, name, kind, country.Length == 0 ? null : country.ToUpperInvariant(),
            List(4), List(5), List(6), List(7), List(8));
    }

    private static IEnumerable<CatalogueForm> FormsOf(CatalogueActor actor)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<CatalogueForm> Make(string text, CatalogueFormKind kind)
        {
            string trimmed = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
            var words = NameWords.Scan(trimmed);
            if (words.Count == 0) yield break;
            var folded = Enumerable.Range(0, words.Count).Select(i => words.Folded(i).ToString()).ToArray();
            bool exact = kind is CatalogueFormKind.Acronym or CatalogueFormKind.Code;
            if (!seen.Add((exact ? "!" : "") + string.Join(' ', folded) + "/" + kind)) yield break;
            var exactWords = exact ? Enumerable.Range(0, words.Count).Select(i => words.Surface(i).ToString().Replace(".", "")).ToArray() : null;
            yield return new CatalogueForm(actor, trimmed, kind, folded, exactWords, char.IsUpper(trimmed[0]));
        }
        foreach (var f in Make(actor.Name, CatalogueFormKind.Name)) yield return f;
        foreach (var a in actor.Aliases) foreach (var f in Make(a, CatalogueFormKind.Alias)) yield return f;
        foreach (var a in actor.Acronyms) foreach (var f in Make(a, CatalogueFormKind.Acronym)) yield return f;
        // Two-letter codes ("TJ") are too common in text to be names; longer codes are matched in capitals.
        foreach (var a in actor.Codes.Where(c => c.Length >= 3)) foreach (var f in Make(a, CatalogueFormKind.Code)) yield return f;
        foreach (var a in actor.Metonyms) foreach (var f in Make(a, CatalogueFormKind.Metonym)) yield return f;
        foreach (var a in actor.Demonyms) foreach (var f in Make(a, CatalogueFormKind.Demonym)) yield return f;
    }
}
