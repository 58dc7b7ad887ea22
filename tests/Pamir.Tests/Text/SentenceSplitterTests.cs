using Pamir.Tests.Text;

namespace Pamir.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void Military_titles_and_initials_do_not_end_a_sentence()
    {
        var doc = Annotated.Read("Gen. Abdullo Nazarov met Col. J. R. Smith and Lt. Ivanov in Khorog. They discussed the border.");
        Assert.Equal(["Gen. Abdullo Nazarov met Col. J. R. Smith and Lt. Ivanov in Khorog.", "They discussed the border."], doc.SentenceTexts());
    }

    [Fact]
    public void Dotted_acronyms_end_a_sentence_only_before_a_new_sentence()
    {
        var doc = Annotated.Read("The U.S. embassy in Bishkek and the U.N. mission issued a statement. Aid arrived from the U.S. The convoy reached Osh.");
        Assert.Equal(["The U.S. embassy in Bishkek and the U.N. mission issued a statement.", "Aid arrived from the U.S.", "The convoy reached Osh."], doc.SentenceTexts());
    }

    [Fact]
    public void Saint_and_numbered_prisons_keep_their_full_stops()
    {
        var doc = Annotated.Read("Protests spread from St. Petersburg to St Petersburg's suburbs. Inmates of Prison No. 3/2 rioted on Jan. 5 with approx. 40 guards present. Dr. Karimova and Mr. Lee spoke.");
        Assert.Equal(3, doc.Sentences.Count);
        Assert.StartsWith("Inmates of Prison No. 3/2", doc.SentenceTexts()[1]);
    }

    [Fact]
    public void A_sentence_may_end_inside_closing_quotes()
    {
        var doc = Annotated.Read("The minister said: \u201cWe will restore order.\u201d Police then sealed the town. \u201cWhy now?\u201d asked a resident.");
        Assert.Equal(["The minister said: \u201cWe will restore order.\u201d", "Police then sealed the town.", "\u201cWhy now?\u201d asked a resident."], doc.SentenceTexts());
    }

    [Fact]
    public void Headings_datelines_and_list_items_are_sentences_of_their_own()
    {
        var text = "Unrest in the south\n\nALMATY, Jan 6 (Reuters) - Protesters stormed the mayor's office on Thursday.\n\nDemands\n- lower fuel prices\n- release of detainees\n1. A new government.\n2. Elections.";
        var doc = Annotated.Read(text);
        Assert.Equal(
        [
            "Unrest in the south",
            "ALMATY, Jan 6 (Reuters) - Protesters stormed the mayor's office on Thursday.",
            "Demands", "- lower fuel prices", "- release of detainees", "1. A new government.", "2. Elections.",
        ], doc.SentenceTexts());
    }

    [Fact]
    public void A_paragraph_break_always_ends_a_sentence()
    {
        var doc = Annotated.Read("The clash began at dawn and\n\nlasted until noon");
        Assert.Equal(2, doc.Sentences.Count);
        Assert.Equal(2, doc.Paragraphs.Count);
    }

    [Fact]
    public void Hard_wrapped_prose_continues_across_a_line_break()
    {
        var doc = Annotated.Read("Border guards clashed with smugglers near the\nriver on Tuesday. Two were arrested.");
        Assert.Equal(2, doc.Sentences.Count);
    }

    [Fact]
    public void The_sentence_and_paragraph_of_an_offset_are_found()
    {
        var text = "Troops entered Kunduz. Residents fled.\n\nThe governor resigned.";
        var doc = Annotated.Read(text);
        Assert.Equal(1, doc.SentenceIndexAt(text.IndexOf("fled")));
        Assert.Equal(2, doc.SentenceIndexAt(text.IndexOf("governor")));
        Assert.Equal(1, doc.ParagraphIndexAt(text.IndexOf("governor")));
        Assert.Equal(0, doc.ParagraphIndexAt(text.IndexOf("Residents")));
        Assert.Equal(-1, doc.SentenceIndexAt(text.IndexOf("\n")));
        Assert.Equal(["Residents", "fled", "."], doc.TokensOf(1).Select(t => doc.TextOf(t).ToString()).ToArray());
    }
}
