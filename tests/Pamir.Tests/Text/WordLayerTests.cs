using Pamir.Core.Text;

namespace Pamir.Tests.Text;

public class WordLayerTests
{
    private static WordLayer Scan(string text) => WordLayer.Scan(text, SentenceSplitter.Split(text).Sentences);

    private static string[] Surfaces(WordLayer layer) => Enumerable.Range(0, layer.Count).Select(i => layer.Surface(i).ToString()).ToArray();

    [Fact]
    public void Words_are_runs_of_letters_and_digits_and_punctuation_is_left_out()
    {
        var layer = Scan("Rebels shelled Khorog’s airport (1,500 rounds) at 05:30.");
        Assert.Equal(["Rebels", "shelled", "Khorog", "s", "airport", "1", "500", "rounds", "at", "05", "30"], Surfaces(layer));
    }

    [Fact]
    public void Shapes_say_capitals_acronyms_lower_case_and_numbers()
    {
        var layer = Scan("The OSCE mission counted 40 G20 delegates");
        Assert.Equal(WordShape.Capitalized, layer[0].Shape);
        Assert.Equal(WordShape.Capitalized | WordShape.AllCaps, layer[1].Shape);
        Assert.Equal(WordShape.Lower, layer[2].Shape);
        Assert.Equal(WordShape.Number | WordShape.HasDigit, layer[4].Shape);
        Assert.Equal(WordShape.Capitalized | WordShape.HasDigit, layer[5].Shape);
        Assert.True(layer[1].AllCaps);
        Assert.True(layer[4].IsNumber);
    }

    [Fact]
    public void A_word_is_in_capitals_only_with_two_capital_letters_and_no_small_one()
    {
        var layer = Scan("MI6 and T72 tanks met ÜNAL near Dušanbe, not iPhone users");
        Assert.Equal(WordShape.Capitalized | WordShape.AllCaps | WordShape.HasDigit, layer[0].Shape);
        Assert.Equal(WordShape.Capitalized | WordShape.HasDigit, layer[2].Shape);
        Assert.Equal(WordShape.Capitalized | WordShape.AllCaps | WordShape.NonAscii, layer[5].Shape);
        Assert.Equal(WordShape.Capitalized | WordShape.NonAscii, layer[7].Shape);
        Assert.Equal(WordShape.None, layer[9].Shape);
    }

    [Fact]
    public void Runs_of_any_length_and_script_are_found_whole_with_their_shapes()
    {
        string[] runs = ["Dushanbe", "Душанбе", "Dušanbe", "2024", "G20", new('a', 63), new('B', 64), new('c', 65), "x", "Ёлки1", "KHOROG"];
        string[] gaps = [" ", " — ", "’", ", ", "\n", "  ", " (", ") ", "-", ": "];
        var text = string.Concat(runs.Select((run, i) => run + gaps[i % gaps.Length]));
        var layer = WordLayer.Scan(text, [new Sentence(0, text.Length)]);
        Assert.Equal(runs, Surfaces(layer));
        Assert.Equal(WordShape.Capitalized | WordShape.NonAscii, layer[1].Shape);
        Assert.Equal(WordShape.Number | WordShape.HasDigit, layer[3].Shape);
        Assert.Equal(WordShape.Lower, layer[5].Shape);
        Assert.Equal(WordShape.Capitalized | WordShape.AllCaps, layer[6].Shape);
        Assert.Equal(WordShape.Lower, layer[7].Shape);
        Assert.Equal(WordShape.Capitalized | WordShape.HasDigit | WordShape.NonAscii, layer[9].Shape);
        Assert.Equal(WordShape.Capitalized | WordShape.AllCaps, layer[10].Shape);
    }

    [Fact]
    public void Lower_case_views_share_the_text_offsets()
    {
        var layer = Scan("Border Guards of TAJIKISTAN");
        Assert.Equal("guards", layer.Lower(1).ToString());
        Assert.True(layer.Is(3, "tajikistan"));
        Assert.False(layer.Is(4, "tajikistan"));
        Assert.Equal(layer.Text.Length, layer.LowerText.Length);
    }

    [Fact]
    public void Sentences_map_to_their_word_ranges()
    {
        var layer = Scan("Fighting resumed. Two posts fell overnight.");
        Assert.Equal(0, layer.FirstOfSentence(0));
        Assert.Equal(2, layer.EndOfSentence(0));
        Assert.Equal(2, layer.FirstOfSentence(1));
        Assert.Equal(6, layer.EndOfSentence(1));
    }

    [Fact]
    public void Offsets_find_words_by_binary_search()
    {
        var layer = Scan("A convoy left Osh");
        Assert.Equal(1, layer.IndexAtOrAfter(1));
        Assert.Equal(1, layer.IndexEndingAfter(4));
        Assert.Equal(4, layer.IndexAtOrAfter(17));
        Assert.Equal(" ", layer.Gap(2).ToString());
    }

    [Fact]
    public void The_document_builds_the_layer_when_the_tokens_stage_did_not_run()
    {
        var document = new Pamir.Core.Pipeline.AnalyzedDocument(new Pamir.Core.Documents.SourceDocument { Id = "d", Source = "s", Text = "Two villages flooded", ContentHash = "h" });
        Assert.Equal(3, document.Words.Count);
    }
}
