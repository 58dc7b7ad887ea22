using Pamir.Core.Claims;
using Pamir.Core.Text;

namespace Pamir.Tests.Claims;

public class ClaimLexiconTests
{
    private static readonly ClaimLexicon Lexicon = ClaimLexicon.Parse(
        [["border guards", "count", "border guards"], ["GDP", "denominator", "GDP"], ["remittances", "topic", "remittances"]],
        [["two-thirds", "0.6667"]],
        [["almost", "almost"]]);

    private static int KindsIn(string sentence)
    {
        var layer = WordLayer.Scan(sentence, [new Sentence(0, sentence.Length)]);
        return Lexicon.KindsIn(layer, 0, layer.Count);
    }

    [Fact]
    public void One_pass_over_the_words_tells_which_kinds_may_be_found()
    {
        int kinds = KindsIn("Remittances reached two-thirds of GDP.");

        Assert.NotEqual(0, kinds & ClaimLexicon.Bit(MeasureKind.Topic));
        Assert.NotEqual(0, kinds & ClaimLexicon.Bit(MeasureKind.Denominator));
        Assert.NotEqual(0, kinds & ClaimLexicon.FractionBit);
        Assert.Equal(0, kinds & ClaimLexicon.Bit(MeasureKind.Count));
    }

    [Fact]
    public void A_sentence_with_no_key_word_may_hold_no_kind()
    {
        Assert.Equal(0, KindsIn("The talks ended without a statement."));
        Assert.NotEqual(0, KindsIn("Some 16,000 Border Guards serve there.") & ClaimLexicon.Bit(MeasureKind.Count));
    }
}
