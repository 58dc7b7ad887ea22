using Pamir.Core.Lexicons;
using Pamir.Core.Text;

namespace Pamir.Tests.Lexicons;

public class PhraseIndexTests
{
    private static readonly PhraseIndex<string> Nouns = new([
        KeyValuePair.Create("border", "border"), KeyValuePair.Create("border guards", "border guards"), KeyValuePair.Create("GDP per capita", "GDP per capita")]);

    private static List<string> Found(string text) =>
        Nouns.FindAll(text, WordSpans.Scan(text, new TextSpan(0, text.Length))).Select(m => m.Value).ToList();

    [Fact]
    public void The_longest_phrase_wins_and_case_does_not_matter()
    {
        Assert.Equal(["border guards", "border"], Found("Border Guards patrol the border."));
    }

    [Fact]
    public void A_phrase_must_match_every_word()
    {
        Assert.Equal(["border"], Found("GDP per head near the border"));
        Assert.Equal(["GDP per capita"], Found("its gdp per capita"));
    }

    [Fact]
    public void Numbers_keep_their_separators_and_hyphens_stand_alone()
    {
        const string text = "the 1,344-kilometre Afghan-Tajik border";
        Assert.Equal(["the", "1,344", "-", "kilometre", "Afghan", "-", "Tajik", "border"],
            WordSpans.Scan(text, new TextSpan(0, text.Length)).Select(w => w.Of(text)));
    }
}
