using System.Runtime.InteropServices;

namespace Pamir.Core.Fusion;

/// <summary>
/// The comparison keys of actor names, each computed once per distinct spelling: resolution asks
/// for the key of every form of every mention several times over, and a well-known actor is
/// written the same way in thousands of documents. One instance serves one resolution, one thread
/// at a time; other threads read the person keys prepared through instances of their own (<see cref="Beside"/>).
/// </summary>
internal sealed class ActorNameKeys
{
    private readonly Dictionary<string, string> keys;
    private readonly Dictionary<string, string> surnames;
    private readonly Dictionary<string, int> signatures;
    private readonly Dictionary<string, int> signatureIds;
    private readonly Dictionary<(string, string), string?> samePerson = [];
    private readonly Dictionary<string, string?> fullSurnames;
    private readonly Dictionary<string, string?> loneSurnames;
    // Set on an instance beside another: the signatures are the other's, read and never added to.
    private readonly bool besideOther;

    public ActorNameKeys()
    {
        keys = new(StringComparer.Ordinal);
        surnames = new(StringComparer.Ordinal);
        signatures = new(StringComparer.Ordinal);
        signatureIds = new(StringComparer.Ordinal);
        fullSurnames = new(StringComparer.Ordinal);
        loneSurnames = new(StringComparer.Ordinal);
    }

    // Beside another: only the signatures are shared, read and never added to; every other key is
    // computed into caches of this instance's own, so no lookup writes where another thread reads.
    private ActorNameKeys(ActorNameKeys shared)
    {
        keys = new(StringComparer.Ordinal);
        surnames = new(StringComparer.Ordinal);
        signatures = shared.signatures;
        signatureIds = shared.signatureIds;
        fullSurnames = new(StringComparer.Ordinal);
        loneSurnames = new(StringComparer.Ordinal);
        besideOther = true;
    }

    /// <summary>
    /// Keys for another thread, while this instance and the others beside it ask only whether two
    /// full names are one person (<see cref="SamePerson"/>, <see cref="SignatureOf"/>) of names
    /// prepared (<see cref="PreparePeople"/>): they share the signatures, read only, and each keeps
    /// its own answers.
    /// </summary>
    public ActorNameKeys Beside() => new(this);

    /// <summary>
    /// Computes on several cores the person keys of these names not known yet (the signature and
    /// surname keys of full names, the surname key of lone ones), each a pure function of its name,
    /// and keeps them; signature numbers are handed out in the order the names are given.
    /// </summary>
    public void PreparePeople(List<string> fullNames, List<string> loneNames)
    {
        var full = Unknown(fullNames, signatures);
        var lone = Unknown(loneNames, loneSurnames);
        var found = new (string? Signature, string Surname, string? FullSurname)[full.Count];
        var loneFound = new string?[lone.Count];
        Parallel.For(0, full.Count + lone.Count, i =>
        {
            if (i < full.Count)
            {
                string name = full[i];
                found[i] = (ActorPersonMatch.Signature(name), ActorPersonMatch.SurnameKey(name), ActorPersonMatch.SurnameMatchKey(name, full: true));
            }
            else loneFound[i - full.Count] = ActorPersonMatch.SurnameMatchKey(lone[i - full.Count], full: false);
        });
        for (int i = 0; i < full.Count; i++)
        {
            signatures[full[i]] = SignatureId(found[i].Signature);
            surnames.TryAdd(full[i], found[i].Surname);
            fullSurnames.TryAdd(full[i], found[i].FullSurname);
        }
        for (int i = 0; i < lone.Count; i++) loneSurnames[lone[i]] = loneFound[i];
    }

    /// <summary>The key a name is looked up by (<see cref="ActorDirectory.Key"/>).</summary>
    public string Of(string form)
    {
        ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, form, out bool exists);
        if (!exists) key = ActorDirectory.Key(form);
        return key!;
    }

    /// <summary>
    /// The key of a name (<see cref="Of"/>) from several threads at once, while no thread calls
    /// anything else here: the key kept, else one computed and not kept.
    /// </summary>
    public string OfReadOnly(string form) => keys.TryGetValue(form, out var key) ? key : ActorDirectory.Key(form);

    /// <summary>Whether two full names are one person, and why (<see cref="ActorPersonMatch.SamePerson"/>); most pairs are told apart by their signatures alone.</summary>
    public string? SamePerson(string a, string b)
    {
        int signature = SignatureOf(a);
        if (signature < 0 || signature != SignatureOf(b)) return null;
        // The same two spellings meet again for every pair of documents that use them.
        ref var reason = ref CollectionsMarshal.GetValueRefOrAddDefault(samePerson, (a, b), out bool exists);
        if (!exists) reason = ActorPersonMatch.SamePerson(a, b);
        return reason;
    }

    /// <summary>A number for the person signature of a full name (<see cref="ActorPersonMatch.Signature"/>), equal for equal signatures; -1 when it has none.</summary>
    public int SignatureOf(string name)
    {
        if (besideOther)
            return signatures.TryGetValue(name, out int prepared) ? prepared : throw new InvalidOperationException($"the person keys of \"{name}\" were not prepared");
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(signatures, name, out bool exists);
        if (!exists) id = SignatureId(ActorPersonMatch.Signature(name));
        return id;
    }

    private int SignatureId(string? signature)
    {
        if (signature is null) return -1;
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(signatureIds, signature, out bool seen);
        if (!seen) known = signatureIds.Count - 1;
        return known;
    }

    /// <summary>The names not yet keys of <paramref name="known"/>, each once, in the order given.</summary>
    private static List<string> Unknown<T>(List<string> names, Dictionary<string, T> known)
    {
        var unknown = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
            if (!known.ContainsKey(name) && seen.Add(name)) unknown.Add(name);
        return unknown;
    }

    /// <summary>The transliteration key of a name's surname (<see cref="ActorPersonMatch.SurnameKey"/>).</summary>
    public string SurnameOf(string name)
    {
        ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(surnames, name, out bool exists);
        if (!exists) key = ActorPersonMatch.SurnameKey(name);
        return key!;
    }

    /// <summary>The key a full name's surname is matched by (<see cref="ActorPersonMatch.SurnameMatchKey"/>), or null for a single word.</summary>
    public string? FullSurnameOf(string name) => SurnameMatch(fullSurnames, name, full: true);

    /// <summary>The key a lone surname is matched by (<see cref="ActorPersonMatch.SurnameMatchKey"/>), or null for several words.</summary>
    public string? LoneSurnameOf(string name) => SurnameMatch(loneSurnames, name, full: false);

    private static string? SurnameMatch(Dictionary<string, string?> known, string name, bool full)
    {
        ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(known, name, out bool exists);
        if (!exists) key = ActorPersonMatch.SurnameMatchKey(name, full);
        return key;
    }
}
