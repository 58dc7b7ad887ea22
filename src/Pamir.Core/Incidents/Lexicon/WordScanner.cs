namespace Pamir.Core.Incidents.Lexicon;

/// <summary>Splits a range of text into words: runs of letters or digits, with no allocation per word.</summary>
public static class WordScanner
{
    public static void Scan(string text, int start, int end, List<Word> into)
    {
        int i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(text[i])) i++;
            int wordStart = i;
            while (i < end && char.IsLetterOrDigit(text[i])) i++;
            if (i > wordStart) into.Add(new Word(wordStart, i));
        }
    }
}
