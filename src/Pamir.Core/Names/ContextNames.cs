namespace Pamir.Core.Names;

/// <summary>
/// Names the catalogue does not know, read from context: a capitalised phrase is an organisation
/// when it holds an organisation word ("Democratic Party of X", "Drug Control Agency"), a person
/// after a title ("Gen.", "spokesman"), when shaped like a name of the region (a known given name,
/// a surname in -ov/-zoda/-bek…), or when an apposition or "said" marks it ("X, the party's leader").
/// </summary>
internal static class ContextNames
{
    private static readonly string[] Connectors = ["of", "for", "al", "bin", "ibn", "ul", "ut", "ud", "e", "i", "el", "de", "on"];

    public static void Find(NameScan scan)
    {
        var words = scan.Words;
        for (int i = 0; i < words.Count; i++)
        {
            if (scan.IsCovered(i) || !words[i].Capitalized) continue;
            int last = i;
            while (true)
            {
                int n = last + 1;
                if (n >= words.Count || scan.IsCovered(n) || !scan.Joined(last, n)) break;
                if (words[n].Capitalized || words[n].IsNumber && IsOrganisationWord(scan, last)) { last = n; continue; }
                if (IsConnector(scan, n) && n + 1 < words.Count && !scan.IsCovered(n + 1) && scan.Joined(n, n + 1) && words[n + 1].Capitalized) { last = n + 1; continue; }
                break;
            }
            // "Soviet-trained", "US-led": the last word belongs to an adjective, not a name.
            int end = last;
            if (last + 1 < words.Count && words[last + 1].HyphenBefore && !words[last + 1].Capitalized && !IsConnector(scan, last + 1)) end = last - 1;
            if (end >= i) Classify(scan, i, end);
            i = last;
        }
    }

    private static void Classify(NameScan scan, int first, int last)
    {
        while (first <= last && (scan.IsCommon(first) || IsConnector(scan, first))) first++;
        while (last >= first && (IsConnector(scan, last) || scan.IsCommon(last))) last--;
        if (first > last) return;

        string? role = null, country = null;
        int nameFirst = first;
        int pos = first;
        while (pos <= last && (scan.Lexicon.RoleModifiers.Contains(scan.Folded(pos)) || scan.DemonymCountry[pos] is not null && pos < last))
        {
            country ??= scan.DemonymCountry[pos];
            pos++;
        }
        int titleLength = pos <= last ? Roles.TitleStartingAt(scan, pos, last) : 0;
        bool capitalTitle = titleLength > 0;
        if (capitalTitle)
        {
            int roleFirst = first;
            while (roleFirst < pos && scan.DemonymCountry[roleFirst] is not null) roleFirst++;
            role = scan.Surface(roleFirst, pos + titleLength - 1);
            nameFirst = pos + titleLength;
        }
        else
        {
            country = null;
            if (Roles.Before(scan, first) is { } title) { role = title.Role; country = title.CountryCode; }
        }

        if (OrganisationKind(scan, first, last) is { } kind && last > first && !capitalTitle)
        {
            if (AllCommonOrDemonym(scan, first, last)) return;
            scan.Add(new NameDraft(first, last, kind, scan.Surface(first, last), null) { CountryCode = CountryWithin(scan, first, last) });
            return;
        }
        if (nameFirst > last || !LooksLikePersonWords(scan, nameFirst, last)) return;

        int count = last - nameFirst + 1;
        bool person = capitalTitle && count <= 4
            || role is not null && (count is >= 2 and <= 4 || NameShaped(scan, nameFirst, last))
            || count is >= 2 and <= 4 && NameShaped(scan, nameFirst, last)
            || count is >= 1 and <= 3 && (Roles.Apposition(scan, last) is not null || SaidNear(scan, nameFirst, last)) && (count >= 2 || NameShaped(scan, nameFirst, last));
        if (!person) return;
        scan.Add(new NameDraft(nameFirst, last, ActorKind.Person, scan.Surface(nameFirst, last), null) { Role = role, CountryCode = country });
    }

    /// <summary>The phrase's organisation word makes it an armed group ("Brigade", "Jamaat") or an organisation; null when it has none.</summary>
    public static ActorKind? OrganisationKind(NameScan scan, int first, int last)
    {
        ActorKind? kind = null;
        for (int w = first; w <= last; w++)
        {
            var folded = scan.Folded(w);
            if (scan.Lexicon.ArmedGroupWords.Contains(folded)) return ActorKind.ArmedGroup;
            if (scan.Lexicon.OrganisationWords.Contains(folded)) kind = ActorKind.Organization;
        }
        return kind;
    }

    /// <summary>The country a phrase names inside it ("Tajik Interior Ministry", "Democratic Party of Kyrgyzstan").</summary>
    public static string? CountryWithin(NameScan scan, int first, int last)
    {
        for (int w = first; w <= last; w++)
            if ((scan.DemonymCountry[w] ?? scan.PlaceCountry[w]) is { } country) return country;
        return null;
    }

    private static bool IsOrganisationWord(NameScan scan, int word) => scan.Lexicon.OrganisationWords.Contains(scan.Folded(word));

    private static bool AllCommonOrDemonym(NameScan scan, int first, int last)
    {
        for (int w = first; w <= last; w++)
            if (!scan.IsCommon(w) && scan.DemonymCountry[w] is null && !IsOrganisationWord(scan, w)) return false;
        return true;
    }

    private static bool LooksLikePersonWords(NameScan scan, int first, int last)
    {
        for (int w = first; w <= last; w++)
        {
            var word = scan.Words[w];
            if (word.IsNumber || word.AllCaps && word.End - word.Start > 1 || scan.IsCommon(w) || scan.IsPlace(w) || scan.DemonymCountry[w] is not null) return false;
            if (IsOrganisationWord(scan, w) || w > first && !word.Capitalized && !IsConnector(scan, w)) return false;
            var folded = scan.Folded(w);
            // Adjectives and nationalities: "Islamic", "Islamist", "Western", "Soviet-era".
            if (folded.EndsWith("ic") || folded.EndsWith("ist") || folded.EndsWith("ern") || folded.EndsWith("ism")) return false;
        }
        return true;
    }

    /// <summary>A known given name starts it, or its last word ends like a surname of the region.</summary>
    public static bool NameShaped(NameScan scan, int first, int last) =>
        scan.Lexicon.GivenNames.Contains(scan.Folded(first)) || scan.Lexicon.HasSurnameEnding(scan.Folded(last));

    private static bool SaidNear(NameScan scan, int first, int last)
    {
        if (last + 1 < scan.Words.Count && ActingContext.InSameClause(scan, last, last + 1))
        {
            var next = scan.Folded(last + 1);
            if (next is "said" or "says" or "told" or "added" or "stated" or "wrote" or "explained" or "claimed") return true;
        }
        if (first > 0)
        {
            var prev = scan.Folded(first - 1);
            if ((prev is "said" or "says" or "according") && ActingContext.InSameClause(scan, first - 1, first)) return true;
            if (prev is "to" && first > 1 && scan.FoldedIs(first - 2, "according")) return true;
        }
        return false;
    }

    private static bool IsConnector(NameScan scan, int word)
    {
        if (scan.Words[word].Capitalized) return false;
        var folded = scan.Folded(word);
        foreach (var c in Connectors) if (folded.SequenceEqual(c)) return true;
        return false;
    }
}
