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
}
