namespace Pamir.Core.Names;

/// <summary>
/// Resolves partial names within a document: a lone surname ("Khalimov", "Col. Khalimov") is the
/// person the document named in full ("Gulmurod Khalimov"), the nearest such before it when
/// two share the surname; spellings are compared transliteration-aware ("Halimov").
/// </summary>
internal static class PartialNames
{
    public static void Resolve(NameScan scan)
    {
        var full = FullNames(scan);
        if (full.Count == 0) return;

        // Single-word person names found by title or apposition take the full name.
        foreach (var draft in scan.Drafts)
        {
            if (draft.Kind != ActorKind.Person || draft.First != draft.Last || draft.CatalogueId is not null) continue;
            if (FullNameFor(scan, full, draft.First) is { } target)
            {
                draft.Name = target.Name;
                draft.CatalogueId = target.CatalogueId;
                draft.CountryCode ??= target.CountryCode;
            }
        }

        // Cheap filters before a transliteration key is built: the surname as written, or a surname's shape.
        var surnameSet = new HashSet<string>(full.Count, StringComparer.Ordinal);
        foreach (var (draft, _) in full) surnameSet.Add(scan.Words.Folded(draft.Last).ToString());
        var surnames = surnameSet.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 0; w < scan.Words.Count; w++)
        {
            var word = scan.Words[w];
            // the array reads first, the lookups after, the common-word set last: it rules out fewest words
            if (!word.Capitalized || word.AllCaps || scan.IsCovered(w) || scan.IsPlace(w) || scan.DemonymCountry[w] is not null) continue;
            if (!surnames.Contains(scan.Folded(w)) && !scan.Lexicon.HasSurnameEnding(scan.Folded(w)) || scan.IsCommon(w)) continue;
            if (w + 1 < scan.Words.Count && scan.Words[w + 1].Capitalized && scan.Joined(w, w + 1)) continue;
            if (w > 0 && scan.Words[w - 1].Capitalized && scan.Joined(w - 1, w) && !scan.IsCovered(w - 1) && Roles.Before(scan, w) is null) continue;
            if (FullNameFor(scan, full, w) is not { } target) continue;
            var role = Roles.Before(scan, w);
            scan.Add(new NameDraft(w, w, ActorKind.Person, target.Name, target.CatalogueId) { CountryCode = target.CountryCode, Role = role?.Role });
        }
    }

    /// <summary>The people named in more than one word, with their surname's transliteration key, in text order (drafts starting together in the order found).</summary>
    private static List<(NameDraft Draft, string Surname)> FullNames(NameScan scan)
    {
        var full = new List<(NameDraft Draft, string Surname)>();
        foreach (var d in scan.Drafts)
        {
            if (d.Kind != ActorKind.Person || d.Last <= d.First) continue;
            var entry = (d, NameTransliteration.Key(scan.Words.Surface(d.Last)));
            // drafts come nearly in text order: an insertion that passes only later starts keeps the sort stable
            int at = full.Count;
            while (at > 0 && full[at - 1].Draft.First > d.First) at--;
            full.Insert(at, entry);
        }
        return full;
    }

    private static NameDraft? FullNameFor(NameScan scan, List<(NameDraft Draft, string Surname)> full, int word)
    {
        string key = NameTransliteration.Key(scan.Words.Surface(word));
        NameDraft? before = null, after = null;
        foreach (var (draft, surname) in full)
        {
            if (surname != key || draft.First == word) continue;
            if (draft.First < word) before = draft;
            else after ??= draft;
        }
        return before ?? after;
    }
}
