using System.Text;

namespace Pamir.Storage.Sqlite;

/// <summary>
/// Turns what a user types into a safe FTS5 query: every word must occur, "quoted words" must
/// occur as a phrase, a trailing * matches a prefix, and OR between terms means either. Other
/// punctuation is never read as FTS5 syntax, so "Islamic State's" or "IS-K" cannot break a search.
/// </summary>
public static class FtsQuery
{
    /// <summary>The FTS5 expression, or null when the query has no searchable word.</summary>
    public static string? From(string query)
    {
        var terms = new List<string>();
        int i = 0;
        while (i < query.Length)
        {
            char c = query[i];
            if (c == '"')
            {
                int close = query.IndexOf('"', i + 1);
                if (close < 0) close = query.Length;
                var words = Words(query.AsSpan(i + 1, close - i - 1));
                if (words.Count > 0) terms.Add(Quote(string.Join(' ', words)));
                i = close + 1;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < query.Length && char.IsLetterOrDigit(query[i])) i++;
            string word = query[start..i];
            bool prefix = i < query.Length && query[i] == '*';
            if (word == "OR")
            {
                if (terms.Count > 0 && terms[^1] != "OR") terms.Add("OR");
                continue;
            }
            terms.Add(prefix ? Quote(word) + "*" : Quote(word));
        }
        while (terms.Count > 0 && terms[^1] == "OR") terms.RemoveAt(terms.Count - 1);
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    private static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    private static string Quote(string word) => "\"" + word + "\"";
}
