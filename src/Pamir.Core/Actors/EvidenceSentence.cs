using Pamir.Core.Text;

namespace Pamir.Core.Actors;

/// <summary>The sentence around an evidence span, on one line: what a profile shows as a line's proof.</summary>
public static class EvidenceSentence
{
    private const int MaxLength = 400;

    public static string Of(string text, TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, text.Length);
        int end = Math.Clamp(span.End, start, text.Length);
        while (start > 0 && !EndsSentence(text, start - 1)) start--;
        while (end < text.Length && !EndsSentence(text, end)) end++;
        if (end < text.Length && text[end] != '\n') end++;
        var sentence = string.Join(' ', text[start..end].Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return sentence.Length <= MaxLength ? sentence : sentence[..MaxLength] + "…";
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?') && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !(i >= 2 && text[i - 2] is ' ' or '.' && char.IsUpper(text[i - 1]));
}
