namespace Pamir.Core.Names;

/// <summary>
/// Acronyms a document defines — "Islamic Renaissance Party of Tajikistan (IRPT)", or the other
/// way round, "ISIS-K (Khorasan Province)" — so that the long name and every later use of the
/// acronym name one actor, whether or not the catalogue knows it.
/// </summary>
internal static class AcronymDefinitions
{
    private static readonly string[] Connectors = ["of", "for", "the", "and", "in", "de", "al", "el", "ul", "ut", "e", "i", "on", "against", "to"];

    public static void Find(NameScan scan)
    {
        var text = scan.Text;
        for (int open = text.IndexOf('('); open >= 0 && open < text.Length - 2; open = text.IndexOf('(', open + 1))
        {
            int close = text.IndexOf(')', open + 1);
            if (close < 0 || close - open > 80) continue;
            int inner = scan.Words.IndexAtOrAfter(open + 1);
            if (inner >= scan.Words.Count || scan.Words[inner].Start >= close) continue;
            int innerLast = inner;
            while (innerLast + 1 < scan.Words.Count && scan.Words[innerLast + 1].End <= close) innerLast++;
            int before = inner - 1;
            if (before < 0 || text.AsSpan(scan.Words[before].End, open - scan.Words[before].End).Trim().Length != 0) continue;
            if (IsAcronym(scan, inner, innerLast))
                Define(scan, AcronymText(scan, inner, innerLast), LongFormEndingAt(scan, before), (inner, innerLast));
            else if (LongFormWithin(scan, inner, innerLast) is { } longForm)
            {
                int acronymFirst = before;
                while (acronymFirst > 0 && scan.Words[acronymFirst].HyphenBefore) acronymFirst--;
                if (IsAcronym(scan, acronymFirst, before))
                    Define(scan, AcronymText(scan, acronymFirst, before), longForm, (acronymFirst, before));
            }
        }
    }

    /// <summary>Every use of an acronym the document defined and the catalogue does not know.</summary>
    public static void MarkUses(NameScan scan)
    {
        if (scan.DefinedAcronyms.Count == 0) return;
        for (int w = 0; w < scan.Words.Count; w++)
        {
            if (scan.IsCovered(w) || !scan.Words[w].AllCaps) continue;
            int last = w;
            while (last + 1 < scan.Words.Count && scan.Words[last + 1].HyphenBefore && !scan.IsCovered(last + 1)) last++;
            if (!scan.DefinedAcronyms.TryGetValue(AcronymText(scan, w, last), out var defined)) continue;
            scan.Add(new NameDraft(w, last, defined.Kind, defined.Name, defined.CatalogueId) { CountryCode = defined.CountryCode });
            w = last;
        }
    }

    private static void Define(NameScan scan, string acronym, (int First, int Last)? longForm, (int First, int Last) acronymWords)
    {
        if (longForm is not var (first, last)) return;
        string longText = scan.Surface(first, last);
        var longActor = scan.Catalogue.FindAll(longText).FirstOrDefault();
        var acronymActor = scan.Catalogue.FindByCode(acronym);
        if (longActor is not null)
        {
            if (acronymActor?.Id != longActor.Id)
                scan.DefinedAcronyms[acronym] = new NameDraft(acronymWords.First, acronymWords.Last, longActor.Kind, longActor.Name, longActor.Id) { CountryCode = longActor.CountryCode };
            return;
        }
        if (!InitialsFit(scan, acronym, first, last)) return;
        if (acronymActor is not null && acronymActor.Acronyms.Any(a => a.Replace(".", "") == acronym))
        {
            // The catalogue knows the acronym; the long name written here is one more name for it.
            if (scan.IsFree(first, last))
                scan.Add(new NameDraft(first, last, acronymActor.Kind, acronymActor.Name, acronymActor.Id) { CountryCode = acronymActor.CountryCode });
            return;
        }
        if (!scan.IsFree(first, last)) return;
        var kind = ContextNames.OrganisationKind(scan, first, last) ?? ActorKind.Organization;
        var draft = scan.Add(new NameDraft(first, last, kind, longText, null) { CountryCode = ContextNames.CountryWithin(scan, first, last) });
        scan.DefinedAcronyms[acronym] = draft;
    }

    private static bool IsAcronym(NameScan scan, int first, int last)
    {
        if (last - first > 3) return false;
        int letters = 0;
        for (int w = first; w <= last; w++)
        {
            if (w > first && !scan.Words[w].HyphenBefore) return false;
            foreach (char c in scan.Words.Surface(w))
            {
                if (char.IsLower(c)) return false;
                if (char.IsLetter(c)) letters++;
            }
        }
        return letters is >= 2 and <= 10 && scan.Words[first].AllCaps;
    }

    private static string AcronymText(NameScan scan, int first, int last) => scan.Surface(first, last).Replace(".", "");

    /// <summary>The capitalised phrase ending at a word ("Islamic Renaissance Party of Tajikistan"), connectors allowed inside.</summary>
    private static (int, int)? LongFormEndingAt(NameScan scan, int last)
    {
        if (!scan.Words[last].Capitalized || scan.Words[last].AllCaps) return null;
        int first = last;
        while (first > 0 && last - first < 10 && scan.Joined(first - 1, first))
        {
            int prev = first - 1;
            if (scan.Words[prev].Capitalized && !scan.Words[prev].AllCaps) { first = prev; continue; }
            if (IsConnector(scan, prev) && prev > 0 && scan.Joined(prev - 1, prev) && scan.Words[prev - 1].Capitalized) { first = prev - 1; continue; }
            break;
        }
        while (first < last && (scan.IsCommon(first) || IsConnector(scan, first))) first++;
        return last > first ? (first, last) : null;
    }

    private static (int, int)? LongFormWithin(NameScan scan, int first, int last)
    {
        for (int w = first; w <= last; w++)
            if (!scan.Words[w].Capitalized && !IsConnector(scan, w)) return null;
        return last > first && scan.Words[first].Capitalized ? (first, last) : null;
    }

    private static bool IsConnector(NameScan scan, int word)
    {
        var folded = scan.Folded(word);
        foreach (var c in Connectors) if (folded.SequenceEqual(c)) return !scan.Words[word].Capitalized;
        return false;
    }

    /// <summary>The acronym's letters are initials of the long name's words, all or all but one ("IRPT" for "Party of Islamic Revival").</summary>
    private static bool InitialsFit(NameScan scan, string acronym, int first, int last)
    {
        var initials = new List<char>();
        for (int w = first; w <= last; w++) initials.Add(scan.Folded(w)[0]);
        var letters = acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToList();
        int matched = 0;
        foreach (char letter in letters)
            if (initials.Remove(letter)) matched++;
        return matched == letters.Count || matched >= 2 && matched >= letters.Count - 1;
    }
}
