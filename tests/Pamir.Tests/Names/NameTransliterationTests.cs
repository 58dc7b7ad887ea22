using Pamir.Core.Names;

namespace Pamir.Tests.Names;

public sealed class NameTransliterationTests
{
    [Theory]
    [InlineData("Khalimov", "Halimov")]
    [InlineData("Quvvatov", "Kuvvatov")]
    [InlineData("Mukhiddin", "Muhiddin")]
    [InlineData("Gulmurod", "Gulmorod")]
    [InlineData("Dzhaparov", "Japarov")]
    [InlineData("Zhaparov", "Japarov")]
    [InlineData("Mirziyoyev", "Mirziyoev")]
    [InlineData("Emomalii", "Emomali")]
    public void Spellings_of_one_name_share_a_key(string a, string b) =>
        Assert.Equal(NameTransliteration.Key(a), NameTransliteration.Key(b));

    [Theory]
    [InlineData("Khalimov", "halimuv")]
    [InlineData("Dzhuraev", "juraev")]
    [InlineData("Yo'ldosh", "uldush")]
    [InlineData("Shoghkhuzhaev", "shughujaev")]
    public void A_key_is_the_folded_word_with_each_spelling_rule_applied_in_turn(string word, string key) =>
        Assert.Equal(key, NameTransliteration.Key(word));

    [Theory]
    [InlineData("Nuriddin", "Emomali")]
    [InlineData("Rahmon", "Rahim")]
    [InlineData("Karimov", "Kabirov")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(NameTransliteration.Key(a), NameTransliteration.Key(b));

    [Fact]
    public void Surname_endings_and_the_linking_i_are_only_stems_apart()
    {
        Assert.NotEqual(NameTransliteration.Key("Rahmonov"), NameTransliteration.Key("Rahmon"));
        Assert.Equal(NameTransliteration.Stem(NameTransliteration.Key("Rahmonov")), NameTransliteration.Stem(NameTransliteration.Key("Rahmon")));
        Assert.Equal(NameTransliteration.Stem(NameTransliteration.Key("Nazarzoda")), NameTransliteration.Stem(NameTransliteration.Key("Nazarzod")));
        Assert.Equal(NameTransliteration.Stem(NameTransliteration.Key("Rustami")), NameTransliteration.Key("Rustam"));
    }

    [Fact]
    public void The_rules_between_two_spellings_are_named()
    {
        Assert.Equal(["kh→h"], NameTransliteration.RulesBetween("Khalimov", "Halimov"));
        Assert.Equal(["q→k"], NameTransliteration.RulesBetween("Quvvatov", "Kuvvatov"));
        Assert.Equal(["o/u"], NameTransliteration.RulesBetween("Gulmurod", "Gulmorod"));
    }
}
