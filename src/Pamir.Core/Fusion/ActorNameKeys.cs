using System.Runtime.InteropServices;

namespace Pamir.Core.Fusion;

/// <summary>
/// The comparison keys of actor names, each computed once per distinct spelling: resolution asks
/// for the key of every form of every mention several times over, and a well-known actor is
/// written the same way in thousands of documents. One instance serves one resolution.
/// </summary>
internal sealed class ActorNameKeys
{
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> signatures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> signatureIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string?> samePerson = [];
    private readonly Dictionary<string, string?> fullSurnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> loneSurnames = new(StringComparer.Ordinal);

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
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(signatures, name, out bool exists);
        if (!exists)
        {
            if (ActorPersonMatch.Signature(name) is not { } signature) id = -1;
            else
            {
                ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(signatureIds, signature, out bool seen);
                if (!seen) known = signatureIds.Count - 1;
                id = known;
            }
        }
        return id;
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
