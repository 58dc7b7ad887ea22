using Pamir.Core.Lexicons;

namespace Pamir.Tests.Lexicons;

public class LexiconFileTests
{
    [Fact]
    public void Comments_and_blank_lines_are_skipped()
    {
        var rows = LexiconFile.Parse("test.tsv", "# heading\n\nally\tally\tpossessive\r\n", 3);

        Assert.Equal(["ally", "ally", "possessive"], Assert.Single(rows));
    }

    [Fact]
    public void A_line_with_a_missing_column_is_reported_with_its_lexicon_and_line_number()
    {
        var error = Assert.Throws<FormatException>(() => LexiconFile.Parse("relations.tsv", "# x\nally\tally\n", 3));

        Assert.Contains("relations.tsv", error.Message);
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void The_shipped_lexicons_load()
    {
        Assert.True(Pamir.Core.Relations.RelationLexicon.Load().Triggers.Count > 50);
        Assert.True(Pamir.Core.Claims.ClaimLexicon.Load().Fractions.Count > 5);
    }
}
