using System.Globalization;
using Pamir.Core.Pipeline;

namespace Pamir.Core.Text;

/// <summary>
/// Splits the text into words, numbers, punctuation and symbols in one pass. A word keeps the
/// full stop of an abbreviation, an initial or a dotted acronym ("Gen.", "J.", "U.S."); a number
/// keeps its grouping and decimal separators ("1,500", "1.5", "20.05.2019"); letters after digits
/// start a new token ("1,400km", "19th", "1990s"); a possessive "'s" is its own token.
/// </summary>
public sealed class Tokenizer : IAnnotator
{
    public string Name => "tokens";

    public void Annotate(AnalyzedDocument document) => document.Tokens = Tokenize(document.Text);

    public static Token[] Tokenize(string text)
    {
        var tokens = new TokenBuffer(text.Length / 4 + 16);
        var planes = CharPlanes.Of(text);
        int n = text.Length, i = 0;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if ((CharClass.Of(c) & CharClass.Letter) != 0)
            {
                i = ScanWord(text, i, planes);
                tokens.Add(new Token(start, i, TokenKind.Word));
            }
            else if (char.IsAsciiDigit(c) || char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                tokens.Add(new Token(start, i, TokenKind.Number));
            }
            else if (IsApostrophe(c) && IsPossessive(text, i))
            {
                i += 2;
                tokens.Add(new Token(start, i, TokenKind.Word));
            }
            else if (IsSymbol(c))
            {
                i++;
                tokens.Add(new Token(start, i, TokenKind.Symbol));
            }
            else
            {
                i++;
                if (c is '.' or '-') while (i < n && text[i] == c) i++;
                tokens.Add(new Token(start, i, TokenKind.Punctuation));
            }
        }
        return tokens.ToArray();
    }

    private static int ScanWord(string text, int i, CharPlanes planes)
    {
        int start = i, n = text.Length;
        while (true)
        {
            // The letters are skipped a block of the planes at a time; what follows them is looked at here.
            i = planes.NextNonLetter(i, n);
            if (i >= n) break;
            char c = text[i];
            // Combining marks start at U+0300: below it a character carries a word on only as a letter.
            if (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) i++;
            else if (IsApostrophe(c) && i + 1 < n && char.IsLetter(text[i + 1]) && !IsPossessive(text, i)) i++;
            else break;
        }
        if (i >= n || text[i] != '.') return i;

        // "U.S.", "e.g.": single letters joined by full stops.
        if (i - start == 1 && i + 2 < n && char.IsLetter(text[i + 1]) && text[i + 2] == '.')
        {
            while (i + 2 < n && text[i] == '.' && char.IsLetter(text[i + 1]) && text[i + 2] == '.') i += 2;
            return i + 1;
        }
        var word = text.AsSpan(start, i - start);
        bool initial = word.Length == 1 && char.IsUpper(word[0]);
        return initial || Abbreviations.IsAbbreviation(word) ? i + 1 : i;
    }

    private static int ScanNumber(string text, int i)
    {
        int n = text.Length;
        while (i < n && char.IsDigit(text[i])) i++;
        while (i + 1 < n && text[i] is ',' or '.' && char.IsDigit(text[i + 1]))
        {
            i++;
            while (i < n && char.IsDigit(text[i])) i++;
        }
        return i;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>"'s" after a letter and before a non-letter: "Tajikistan's".</summary>
    private static bool IsPossessive(string text, int i) =>
        i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && text[i + 1] is 's' or 'S'
        && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));

    private static bool IsSymbol(char c) => c < LatinSymbols.Length ? LatinSymbols[c] : IsSymbolChar(c);

    // Punctuation is asked about at every mark; for Latin-1 the answer is read from a table, not from the Unicode category.
    private static readonly bool[] LatinSymbols = Enumerable.Range(0, 256).Select(c => IsSymbolChar((char)c)).ToArray();

    private static bool IsSymbolChar(char c) => c is '%' or '#' or '&' or '@' or '°' or '~' or '§' or '‰'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol;
}
