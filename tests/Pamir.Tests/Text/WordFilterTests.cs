using Pamir.Core.Text;

namespace Pamir.Tests.Text;

public class WordFilterTests
{
    private static readonly WordFilter Months = new(["January", "May", "March", "Sept"]);

    [Theory]
    [InlineData("May")]
    [InlineData("may")]
    [InlineData("MARCH")]
    [InlineData("Sept")]
    public void Listed_words_pass_in_any_case(string word) => Assert.True(Months.MayContain(word));

    [Theory]
    [InlineData("the")]
    [InlineData("said")]
    [InlineData("Tajikistan")]
    public void Most_ordinary_words_are_turned_away(string word) => Assert.False(Months.MayContain(word));

    [Fact]
    public void Words_it_cannot_key_always_pass() => Assert.True(Months.MayContain("Душанбе"));

    [Theory]
    [InlineData("aid", "and")]
    [InlineData("wrath", "with")]
    [InlineData("killed", "kissed")]
    public void Words_sharing_length_and_ends_with_a_listed_word_are_turned_away(string listed, string other)
    {
        var filter = new WordFilter([listed, "riot", "border"]);
        Assert.True(filter.MayContain(listed.ToUpperInvariant()));
        Assert.False(filter.MayContain(other));
    }

    [Fact]
    public void Numbers_pass_only_when_listed()
    {
        var filter = new WordFilter(["1", "army"]);
        Assert.True(filter.MayContain("1"));
        Assert.False(filter.MayContain("9"));
    }

    [Theory]
    [InlineData("kılled")]
    [InlineData("şahid")]
    [InlineData("Khŭjand")]
    public void A_word_the_lookup_would_find_is_never_turned_away(string listed)
    {
        // A listed word with a non-ASCII letter: every spelling that equals it ignoring case passes,
        // whatever the runtime's casing says about "ı" and "i".
        var filter = new WordFilter([listed, "riot"]);
        string[] spellings = [listed, listed.ToUpperInvariant(), listed.Replace('ı', 'i'), listed.Replace('ı', 'I'), listed.Replace('ş', 's'), listed.Replace('ŭ', 'u'), "killed", "KILLED"];
        foreach (var spelling in spellings)
            if (string.Equals(spelling, listed, StringComparison.OrdinalIgnoreCase)) Assert.True(filter.MayContain(spelling), spelling);
        Assert.True(filter.MayContain("RIOT"));
        Assert.False(filter.MayContain("rant"));
    }

    [Fact]
    public void A_word_of_text_with_a_non_ascii_letter_always_passes() => Assert.True(Months.MayContain("Mąy"));
}
