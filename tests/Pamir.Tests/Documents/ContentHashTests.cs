using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

public class ContentHashTests
{
    [Fact]
    public void The_same_title_and_text_always_hash_the_same()
    {
        var hash = ContentHash.Compute("Riot in Vahdat", "At least 32 people died.");
        Assert.Equal(hash, ContentHash.Compute("Riot in Vahdat", "At least 32 people died."));
        Assert.Equal(64, hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void A_changed_figure_or_title_changes_the_hash()
    {
        var original = ContentHash.Compute("Riot in Vahdat", "At least 32 people died.");
        Assert.NotEqual(original, ContentHash.Compute("Riot in Vahdat", "At least 29 people died."));
        Assert.NotEqual(original, ContentHash.Compute("Riot in Vakhdat", "At least 32 people died."));
    }

    [Fact]
    public void Moving_words_between_title_and_text_is_a_different_document()
    {
        Assert.NotEqual(ContentHash.Compute("Riot", "in Vahdat"), ContentHash.Compute("Riot in", "Vahdat"));
    }

    [Fact]
    public void A_document_without_a_title_still_has_a_stable_hash()
    {
        Assert.Equal(ContentHash.Compute(null, "Text"), ContentHash.Compute(null, "Text"));
    }

    [Fact]
    public void The_hash_is_sha256_of_the_utf8_title_a_zero_byte_and_the_text()
    {
        (string? Title, string Text)[] documents =
        [
            ("Riot in Vahdat", "At least 32 people died."),
            (null, "Беспорядки в Вахдате"),
            ("A title cut inside a pair \uD83D", "\uDE00 and text after it"),
        ];
        foreach (var (title, text) in documents)
        {
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title + "\u0000" + text)));
            Assert.Equal(expected, ContentHash.Compute(title, text));
        }
    }
}
