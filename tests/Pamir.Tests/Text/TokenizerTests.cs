using Pamir.Core.Text;

namespace Pamir.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.In(text).ToString()).ToArray();

    [Fact]
    public void Abbreviations_initials_and_acronyms_keep_their_full_stop()
    {
        Assert.Equal(["Gen.", "J.", "R.", "Smith", "of", "the", "U.S.", "army", "."], Words("Gen. J. R. Smith of the U.S. army."));
    }

    [Fact]
    public void Numbers_keep_their_separators_and_lose_glued_units()
    {
        Assert.Equal(["1,500", "troops", ",", "1.5", "%", ",", "1,400", "km", ",", "€", "251", "m", ",", "19", "th", ",", "1990", "s"],
            Words("1,500 troops, 1.5%, 1,400km, €251m, 19th, 1990s"));
    }

    [Fact]
    public void A_possessive_is_a_token_of_its_own()
    {
        Assert.Equal(["Tajikistan", "’s", "border", "and", "O'Brien", "'s", "report"], Words("Tajikistan’s border and O'Brien's report"));
    }

    [Fact]
    public void Tokens_are_kinds_of_views_over_the_text()
    {
        var tokens = Tokenizer.Tokenize("Kabul: 32 $");
        Assert.Equal([TokenKind.Word, TokenKind.Punctuation, TokenKind.Number, TokenKind.Symbol], tokens.Select(t => t.Kind).ToArray());
        Assert.Equal(new TextSpan(7, 9), tokens[2].Span);
    }
}
