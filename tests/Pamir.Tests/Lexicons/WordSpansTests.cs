using Pamir.Core.Lexicons;
using Pamir.Core.Text;

namespace Pamir.Tests.Lexicons;

public class WordSpansTests
{
    private const string Report = "Troops moved 1,344.5 km along Tajikistan’s border; \"U.S.-led\" talks (2.5 hours) failed, 3,000 fled.\nKhorog: calm.";

    private static string[] ByCharacter(TextSpan range)
    {
        var words = new List<TextSpan>();
        WordSpans.ScanInto(words, Report, range);
        return words.Select(w => w.Of(Report)).ToArray();
    }

    private static string[] ByLayer(TextSpan range)
    {
        var words = new List<TextSpan>();
        WordSpans.ScanInto(words, WordLayer.Scan(Report, SentenceSplitter.Split(Report).Sentences), range);
        return words.Select(w => w.Of(Report)).ToArray();
    }

    [Fact]
    public void Split_with_the_word_layer_a_sentence_gives_the_same_pieces_as_read_character_by_character()
    {
        var whole = new TextSpan(0, Report.Length);
        Assert.Equal(["Troops", "moved", "1,344.5", "km", "along", "Tajikistan", "’", "s", "border", ";"], ByLayer(whole).Take(10));
        Assert.Equal(ByCharacter(whole), ByLayer(whole));
    }

    [Fact]
    public void A_range_cutting_through_a_word_or_a_number_is_split_as_it_is_cut()
    {
        for (int start = 0; start < Report.Length; start += 3)
            for (int end = start; end <= Report.Length + 2; end += 5)
                Assert.Equal(ByCharacter(new TextSpan(start, end)), ByLayer(new TextSpan(start, end)));
    }
}
