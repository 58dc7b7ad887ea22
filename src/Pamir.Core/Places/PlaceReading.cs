using Pamir.Core.Pipeline;
using Pamir.Core.Text;

namespace Pamir.Core.Places;

/// <summary>The token-level questions the place finder asks of one document's text.</summary>
internal sealed class PlaceReading
{
    private static readonly PlaceWords.Lexicon Connectors = new("e", "i", "de", "del", "la", "le", "on", "am", "al", "el", "ul", "an",
        "der", "di", "du", "des", "upon", "sur", "da", "do", "dos", "das", "van", "von", "of", "ye", "ar", "ad", "ash", "as", "at", "en");

    private readonly Token[] tokens;
    // The sentence of each token, in an array lent to one document at a time (see Release).
    private int[] sentenceOf;
    private readonly bool[] headline;

    private static readonly ThreadLentInts TokenSentences = new();

    public PlaceReading(AnalyzedDocument document, Gazetteer gazetteer)
    {
        Text = document.Text;
        Gazetteer = gazetteer;
        tokens = document.Tokens as Token[] ?? [.. document.Tokens];
        sentenceOf = TokenSentences.Borrow(tokens.Length);
        var sentences = document.Sentences;
        headline = new bool[Math.Max(1, sentences.Count)];
        int s = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            while (s + 1 < sentences.Count && tokens[i].Start >= sentences[s].End) s++;
            sentenceOf[i] = s;
        }
        MarkHeadlines();
    }

    /// <summary>Gives the token array back to the thread for its next document; the instance is not read afterwards.</summary>
    public void Release()
    {
        TokenSentences.Return(sentenceOf);
        sentenceOf = [];
    }

    public string Text { get; }
    public Gazetteer Gazetteer { get; }
    public int Count => tokens.Length;

    public int Start(int i) => tokens[i].Start;
    public int End(int i) => tokens[i].End;
    public int Length(int i) => tokens[i].End - tokens[i].Start;

    public ReadOnlySpan<char> At(int i) => Text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
    public TokenKind Kind(int i) => tokens[i].Kind;

    public bool IsWord(int i) => i >= 0 && i < tokens.Length && tokens[i].Kind == TokenKind.Word && char.IsLetter(Text[tokens[i].Start]);

    public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(Text[tokens[i].Start]);

    public bool IsWord(int i, string word) => IsWord(i) && At(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWordAt(int i, PlaceWords.Lexicon lexicon) => IsWord(i) && lexicon.Contains(At(i));

    public bool IsPunctuation(int i, char c) => i >= 0 && i < tokens.Length && tokens[i].Kind != TokenKind.Word && At(i) is [var only] && only == c;

    /// <summary>A hyphen inside a name ("Gorno-Badakhshan") or an apostrophe the tokenizer split off.</summary>
    public bool IsJoiner(int i) => i < tokens.Length && tokens[i].Kind == TokenKind.Punctuation && At(i) is ['-'] or ['‐'] or ['\''] or ['’'];

    public bool IsConnector(int i) => IsWord(i) && !IsCapitalised(i) && Connectors.Contains(At(i));

    public bool IsPossessive(int i) => IsWord(i) && At(i) is ['\'' or '’', 's' or 'S'];

    public bool Adjacent(int a, int b) => tokens[a].End == tokens[b].Start;

    public int SentenceOf(int i) => sentenceOf[i];

    public bool SameSentence(int a, int b) => sentenceOf[a] == sentenceOf[b];

    public bool GapHasLineBreak(int a, int b) => Text.AsSpan(tokens[a].End, tokens[b].Start - tokens[a].End).Contains('\n');

    /// <summary>The first token of a sentence or of a line.</summary>
    public bool StartsSentence(int i) => i == 0 || !SameSentence(i - 1, i) || GapHasLineBreak(i - 1, i);

    /// <summary>Nothing but spaces between the start of the line and this token.</summary>
    public bool StartsLine(int i)
    {
        int at = tokens[i].Start;
        while (at > 0 && Text[at - 1] is ' ' or '\t') at--;
        return at == 0 || Text[at - 1] is '\n' or '\r';
    }

    /// <summary>The token is followed by what follows a dateline's city: a comma, a slash, a bracket or a dash.</summary>
    public bool OpensDateline(int i) => i + 1 < tokens.Length && At(i + 1) is [',' or '/' or '(' or '-' or '–' or '—', ..];

    /// <summary>A headline or title in title case, where capitals say nothing about names.</summary>
    public bool InHeadline(int i) => headline[tokens.Length == 0 ? 0 : sentenceOf[i]];

    /// <summary>Is the lower-case form of this word used elsewhere in the text as an ordinary word?</summary>
    public bool UsedInLowerCase(int i)
    {
        var word = At(i);
        if (word.Length > 64) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        // a token equal to the lower-case form starts with its first letter, which must then be lower case
        if (lower.IsEmpty || !char.IsLower(lower[0])) return false;
        // Asked for a few capitalised words per document: a vectorised search of the text for the
        // lower-case form, each find checked against the tokens, beats building a set of them all.
        var text = Text.AsSpan();
        for (int at = 0; at <= text.Length - lower.Length;)
        {
            int found = text[at..].IndexOf(lower);
            if (found < 0) return false;
            at += found;
            if (TokenAt(at) is int k && tokens[k].End == at + lower.Length && IsWord(k)) return true;
            at++;
        }
        return false;
    }

    /// <summary>Index of the token starting exactly at the offset, if any (binary search).</summary>
    private int? TokenAt(int offset)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start == offset) return mid;
            if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    private void MarkHeadlines()
    {
        // Title case: nearly every word of four letters or more is capitalised, over at least three such words.
        var capitalised = SentenceCounts.Borrow(headline.Length);
        var long_ = SentenceLongWords.Borrow(headline.Length);
        // Counted with no branch on the word: which words are long and capitalised follows no pattern a processor could predict.
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            int first = CharClass.Of(Text[token.Start]);
            int longWord = (token.End - token.Start >= 4 ? 1 : 0) & (token.Kind == TokenKind.Word ? 1 : 0) & first & CharClass.Letter;
            long_[sentenceOf[i]] += longWord;
            capitalised[sentenceOf[i]] += longWord & first >> 2;
        }
        for (int s = 0; s < headline.Length; s++) headline[s] = long_[s] >= 3 && capitalised[s] >= long_[s] * 0.8;
        SentenceCounts.Return(capitalised);
        SentenceLongWords.Return(long_);
    }

    private static readonly ThreadLentInts SentenceCounts = new();
    private static readonly ThreadLentInts SentenceLongWords = new();
}
