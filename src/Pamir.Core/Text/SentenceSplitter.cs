using System.Buffers;
using System.Collections.Frozen;
using Pamir.Core.Pipeline;

namespace Pamir.Core.Text;

/// <summary>
/// Splits the text into paragraphs (blocks between blank lines) and sentences in one pass over
/// the characters. A paragraph break always ends a sentence; so does a line break, unless the
/// next line carries on in lower case (hard-wrapped prose), which makes headings, list items,
/// datelines and captions saved from the web sentences of their own. A full stop after a title
/// ("Gen."), an initial ("J. R. Smith"), a list number ("1.") or before a lower-case word or
/// a number after an abbreviation ("No. 3/2", "approx. 40") does not end a sentence; a sentence
/// may end inside closing quotes or brackets.
/// </summary>
public sealed class SentenceSplitter : IAnnotator
{
    /// <summary>Capitalised words that begin a new sentence after a dotted acronym ("in the U.S. The ...").</summary>
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
        "Those", "There", "But", "And", "However", "His", "Her", "Their", "Its", "Our", "After", "Since", "When",
        "While", "As", "Meanwhile", "According", "If", "Some", "Many", "Most", "Last", "Earlier", "Later", "Yet",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Stops = SearchValues.Create("\n.!?…");

    public string Name => "sentences";

    public void Annotate(AnalyzedDocument document)
    {
        var (sentences, paragraphs) = Split(document.Text);
        document.Sentences = sentences;
        document.Paragraphs = paragraphs;
    }

    public static (Sentence[] Sentences, TextSpan[] Paragraphs) Split(string text)
    {
        var paragraphs = Paragraphs(text);
        var sentences = KeptSentences.Borrow();
        foreach (var p in paragraphs) SplitParagraph(text, p.Start, p.End, sentences);
        Sentence[] found = [.. sentences];
        KeptSentences.Return(sentences);
        return (found, paragraphs);
    }

    /// <summary>
    /// Blocks separated by blank lines; when the text has no blank line at all, every line is a
    /// paragraph unless it carries on in lower case (hard-wrapped prose).
    /// </summary>
    public static TextSpan[] Paragraphs(string text)
    {
        var lines = KeptLines.Borrow();
        bool afterBlank = false, anyBlank = false;
        int pos = 0;
        while (pos < text.Length)
        {
            int eol = text.IndexOf('\n', pos);
            if (eol < 0) eol = text.Length;
            var line = Trim(text, pos, eol);
            if (line.Length == 0) { afterBlank = lines.Count > 0; anyBlank |= afterBlank; }
            else { lines.Add((line, afterBlank)); afterBlank = false; }
            pos = eol + 1;
        }
        var paragraphs = KeptParagraphs.Borrow();
        foreach (var (line, blankBefore) in lines)
        {
            bool continues = anyBlank ? !blankBefore : char.IsLower(text[line.Start]);
            if (paragraphs.Count > 0 && continues)
                paragraphs[^1] = paragraphs[^1] with { End = line.End };
            else
                paragraphs.Add(line);
        }
        TextSpan[] found = [.. paragraphs];
        KeptLines.Return(lines);
        KeptParagraphs.Return(paragraphs);
        return found;
    }

    // The lines, paragraphs and sentences of a text are gathered in lists lent per thread (only
    // arrays of their final counts leave): grown afresh for every document they were the sentence
    // splitter's garbage.
    private const int MaxKept = 1 << 14;
    private static readonly ThreadLentList<(TextSpan Line, bool AfterBlank)> KeptLines = new(MaxKept);
    private static readonly ThreadLentList<TextSpan> KeptParagraphs = new(MaxKept);
    private static readonly ThreadLentList<Sentence> KeptSentences = new(MaxKept);

    private static void SplitParagraph(string text, int start, int end, List<Sentence> sentences)
    {
        int s = start;
        for (int i = start; i < end; i++)
        {
            // Only a line break or a stop can end a sentence: jump to the next one (a vectorised search).
            int skip = text.AsSpan(i, end - i).IndexOfAny(Stops);
            if (skip < 0) break;
            i += skip;
            char c = text[i];
            if (c == '\n')
            {
                int next = SkipSpace(text, i, end);
                if (next < end && char.IsLower(text[next])) continue;
                Emit(text, s, i, sentences);
                s = next;
                i = next - 1;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                int k = i;
                while (k < end && text[k] is '.' or '!' or '?' or '…') k++;
                while (k < end && IsCloser(text[k])) k++;
                if (k >= end || !char.IsWhiteSpace(text[k])) { i = k - 1; continue; }
                int next = SkipSpace(text, k, end);
                if (next < end && EndsSentence(text, i, k, next))
                {
                    Emit(text, s, k, sentences);
                    s = next;
                    i = next - 1;
                }
                else i = k - 1;
            }
        }
        Emit(text, s, end, sentences);
    }

    private static bool EndsSentence(string text, int stop, int after, int next)
    {
        char nx = text[next];
        if (char.IsLower(nx)) return false;
        bool singleFullStop = text[stop] == '.' && (stop + 1 >= after || !(text[stop + 1] is '.' or '!' or '?'));
        if (!singleFullStop) return true;

        int ws = stop;
        while (ws > 0 && char.IsLetter(text[ws - 1])) ws--;
        var word = text.AsSpan(ws, stop - ws);
        if (word.IsEmpty) return !IsListNumber(text, stop);
        if (word.Length == 1 && ws >= 2 && text[ws - 1] == '.' && char.IsLetter(text[ws - 2]))
            return Starters.Contains(NextWord(text, next));
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (Abbreviations.IsTitle(word)) return false;
        if (Abbreviations.IsAbbreviation(word)) return !char.IsDigit(nx);
        return true;
    }

    /// <summary>"1." or "12." as the first thing on its line: a numbered list item, not a sentence end.</summary>
    private static bool IsListNumber(string text, int stop)
    {
        int j = stop;
        while (j > 0 && char.IsDigit(text[j - 1])) j--;
        if (j == stop || stop - j > 3) return false;
        while (j > 0 && text[j - 1] is ' ' or '\t') j--;
        return j == 0 || text[j - 1] == '\n';
    }

    private static ReadOnlySpan<char> NextWord(string text, int i)
    {
        int e = i;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return text.AsSpan(i, e - i);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']';

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    private static void Emit(string text, int start, int end, List<Sentence> sentences)
    {
        var span = Trim(text, start, end);
        if (span.Length > 0) sentences.Add(new Sentence(span.Start, span.End));
    }
}
