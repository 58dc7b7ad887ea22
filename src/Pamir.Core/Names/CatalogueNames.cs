using Pamir.Core.Actors;

namespace Pamir.Core.Names;

/// <summary>
/// Finds the catalogue's actors in the text, longest form first: names and aliases ignoring case
/// (a capitalised alias needs a capital), acronyms and codes only in capitals, capitals as
/// governments only when they act, countries as actors except where they are a place ("in
/// Tajikistan"), and "Tajik authorities" as the state.
/// </summary>
internal static class CatalogueNames
{
    private static readonly string[] GovernmentWords = ["government", "authorities", "regime", "leadership", "administration", "state"];

    public static void Find(NameScan scan)
    {
        var forms = scan.Catalogue.FormsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = scan.Words;
        for (int i = 0; i < words.Count; i++)
        {
            if (scan.IsCovered(i) || words[i].IsNumber) continue;
            var folded = words.Folded(i);
            if (!scan.CatalogueFilters.FirstWords.MayContain(folded)) continue;
            if (!words[i].Capitalized && !scan.CatalogueFilters.LowerCaseFirstWords.Contains(folded)) continue;
            if (!forms.TryGetValue(folded, out var candidates)) continue;
            foreach (var form in candidates)
            {
                if (!Matches(scan, form, i)) continue;
                int last = i + form.WordCount - 1;
                if (TryAccept(scan, form, candidates, i, last)) { i = last; break; }
            }
        }
    }

    private static bool TryAccept(NameScan scan, CatalogueForm form, CatalogueForm[] candidates, int first, int last)
    {
        switch (form.Kind)
        {
            case CatalogueFormKind.Demonym:
                return TryGovernment(scan, form, first, last);
            case CatalogueFormKind.Metonym:
                if (!ActingContext.Acts(scan, first, last)) return false;
                break;
            case CatalogueFormKind.Acronym or CatalogueFormKind.Code:
                if (scan.DefinedAcronyms.TryGetValue(scan.Words.Surface(first).ToString().Replace(".", ""), out var defined) && first == last)
                {
                    scan.Add(new NameDraft(first, last, defined.Kind, defined.Name, defined.CatalogueId) { CountryCode = defined.CountryCode });
                    return true;
                }
                break;
        }
        var actor = Choose(scan, form, candidates, first);
        if (actor.Kind == ActorKind.State && form.Kind != CatalogueFormKind.Metonym && ActingContext.IsLocative(scan, first)) return false;
        if (actor.Kind == ActorKind.Person && form.WordCount == 1 && PartOfAnotherName(scan, first)) return false;
        scan.Add(new NameDraft(first, last, actor.Kind, actor.Name, actor.Id) { CountryCode = actor.CountryCode });
        return true;
    }

    /// <summary>"Tajik authorities", "the Russian government": the state itself.</summary>
    private static bool TryGovernment(NameScan scan, CatalogueForm form, int first, int last)
    {
        int next = last + 1;
        if (next >= scan.Words.Count || !scan.Joined(last, next) || scan.IsCovered(next)) return false;
        foreach (var word in GovernmentWords)
        {
            if (!scan.FoldedIs(next, word)) continue;
            var state = form.Actor;
            scan.Add(new NameDraft(first, next, state.Kind, state.Name, state.Id) { CountryCode = state.CountryCode });
            return true;
        }
        return false;
    }

    public static bool Matches(NameScan scan, CatalogueForm form, int first)
    {
        var words = scan.Words;
        if (first + form.WordCount > words.Count) return false;
        for (int k = 0; k < form.WordCount; k++)
        {
            int w = first + k;
            // the word itself first: most forms that share a first word part at the second
            if (!words.Folded(w).SequenceEqual(form.Words[k])) return false;
            if (k > 0 && (!scan.Joined(w - 1, w) || scan.IsCovered(w))) return false;
            if (form.ExactWords is { } exact)
            {
                if (!SameCapitals(words.Surface(w), exact[k])) return false;
            }
            else if (k == 0 && form.RequiresCapital && !words[w].Capitalized) return false;
        }
        return true;
    }

    private static bool SameCapitals(ReadOnlySpan<char> surface, string exact)
    {
        int j = 0;
        foreach (char c in surface)
        {
            if (c == '.') continue;
            if (j >= exact.Length || c != exact[j]) return false;
            j++;
        }
        return j == exact.Length;
    }

    /// <summary>
    /// Of the actors one form may stand for ("GKNB"), the one whose country a demonym or state just
    /// before names, else the one of the document's focus country, else the first listed.
    /// </summary>
    private static CatalogueActor Choose(NameScan scan, CatalogueForm form, CatalogueForm[] candidates, int first) =>
        OnlyActor(form, candidates) ?? ByCountry(scan, form, candidates, first);

    // Apart from Choose: the lambdas' captures would be allocated at every call, though nearly every form stands for one actor.
    private static CatalogueActor ByCountry(NameScan scan, CatalogueForm form, CatalogueForm[] candidates, int first)
    {
        var same = candidates.Where(c => SameForm(c, form)).Select(c => c.Actor).Distinct().ToList();
        string? country = first > 0 ? scan.DemonymCountry[first - 1] ?? scan.OwnerOf(first - 1)?.CountryCode : null;
        country ??= scan.Document.FocusCountry;
        return same.FirstOrDefault(a => a.CountryCode == country) ?? same[0];
    }

    /// <summary>The one actor all candidates written like the form stand for, or null when several share it.</summary>
    private static CatalogueActor? OnlyActor(CatalogueForm form, CatalogueForm[] candidates)
    {
        CatalogueActor? only = null;
        foreach (var c in candidates)
        {
            if (!SameForm(c, form)) continue;
            if (only is null) only = c.Actor;
            else if (!only.Equals(c.Actor)) return null;
        }
        return only;
    }

    private static bool SameForm(CatalogueForm c, CatalogueForm form) =>
        c.WordCount == form.WordCount && c.Words.AsSpan().SequenceEqual(form.Words) && c.Kind == form.Kind;

    /// <summary>
    /// A lone catalogued surname next to another capitalised name word is someone else's name
    /// ("Nuriddin Rahmonov" is not Emomali Rahmon).
    /// </summary>
    private static bool PartOfAnotherName(NameScan scan, int word)
    {
        return IsNameWord(scan, word - 1, word) || IsNameWord(scan, word + 1, word);
    }

    private static bool IsNameWord(NameScan scan, int neighbour, int word)
    {
        if (neighbour < 0 || neighbour >= scan.Words.Count || scan.IsCovered(neighbour)) return false;
        var w = scan.Words[neighbour];
        if (!w.Capitalized || w.AllCaps || scan.IsCommon(neighbour) || scan.IsPlace(neighbour) || scan.DemonymCountry[neighbour] is not null) return false;
        if (neighbour < word ? !scan.Words.Adjacent(neighbour, word) : !scan.Words.Adjacent(word, neighbour)) return false;
        if (scan.Lexicon.TitleLookup.Contains(scan.Folded(neighbour))) return false;
        // A capitalised first word of a sentence is a name only when it is a known given name.
        if (w.SentenceStart && neighbour < word && !scan.Lexicon.GivenNames.Contains(scan.Folded(neighbour))) return false;
        return !scan.Lexicon.OrganisationWords.Contains(scan.Folded(neighbour));
    }
}
