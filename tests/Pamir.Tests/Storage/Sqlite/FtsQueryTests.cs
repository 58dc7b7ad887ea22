using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("prison riot", "\"prison\" \"riot\"")]
    [InlineData("\"Islamic State\" Khorasan", "\"Islamic State\" \"Khorasan\"")]
    [InlineData("Rahm*", "\"Rahm\"*")]
    [InlineData("Osh OR Jalal-Abad", "\"Osh\" OR \"Jalal\" \"Abad\"")]
    [InlineData("NOT-a-command: drop", "\"NOT\" \"a\" \"command\" \"drop\"")]
    public void A_typed_query_becomes_a_safe_full_text_query(string typed, string expected) =>
        Assert.Equal(expected, FtsQuery.From(typed));

    [Theory]
    [InlineData("")]
    [InlineData("  ,;\" ")]
    [InlineData("OR")]
    public void A_query_without_words_finds_nothing(string typed) => Assert.Null(FtsQuery.From(typed));
}
