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

    private static bool MayOccur(PhraseIndex<string> index, string text)
    {
        var layer = WordLayer.Scan(text, [new Sentence(0, text.Length)]);
        return index.MayOccurIn(layer, 0, layer.Count);
    }

    [Fact]
    public void A_sentence_without_a_phrase_key_word_is_turned_away_before_it_is_split()
    {
        Assert.False(MayOccur(Nouns, "Troops patrolled the valley at dawn."));
        Assert.True(MayOccur(Nouns, "Troops patrolled the BORDER at dawn."));
        // the key word alone lets the sentence through; the full match is decided by FindAll
        Assert.True(MayOccur(Nouns, "The capita figure was revised."));
        Assert.Empty(Found("The capita figure was revised."));
    }

    [Fact]
    public void A_phrase_glued_by_punctuation_is_found_through_its_plain_words()
    {
        var fractions = new PhraseIndex<string>([KeyValuePair.Create("two-thirds", "2/3")]);
        const string text = "Nearly two-thirds of the budget.";

        Assert.True(MayOccur(fractions, text));
        Assert.True(fractions.Occurs(text, WordSpans.Scan(text, new TextSpan(0, text.Length))));
        Assert.False(MayOccur(fractions, "Nearly two of the budget lines."));
    }

    [Fact]
    public void A_lexicon_with_a_punctuation_only_phrase_never_turns_a_sentence_away()
    {
        var marks = new PhraseIndex<string>([KeyValuePair.Create("%", "percent")]);

        Assert.True(MayOccur(marks, "No figure here."));
    }

    [Fact]
    public void The_first_piece_of_a_line_is_read_without_splitting_the_rest()
    {
        const string text = "  Allies: Russia, China";

        Assert.Equal("Allies", WordSpans.First(text, new TextSpan(0, text.Length)).Of(text));
        Assert.Equal(0, WordSpans.First(text, new TextSpan(0, 2)).Length);
        Assert.True(Nouns.MayStartWith("BORDER"));
        Assert.False(Nouns.MayStartWith("guards"));
    }
}
