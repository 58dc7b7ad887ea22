using Pamir.Core.Quantities;
using Pamir.Tests.Text;

namespace Pamir.Tests.Quantities;

public class QuantityAnnotatorTests
{
    [Theory]
    [InlineData("Gunmen killed 32 villagers.", "32", 32)]
    [InlineData("Police detained 1,500 protesters.", "1,500", 1500)]
    [InlineData("Inflation reached 1.5 points.", "1.5", 1.5)]
    [InlineData("Gunmen killed three guards.", "three", 3)]
    [InlineData("The blast wounded twenty-nine pilgrims.", "twenty-nine", 29)]
    [InlineData("Kyrgyzstan has a population of nine million.", "nine million", 9e6)]
    [InlineData("The deal is worth 2.5 billion.", "2.5 billion", 2.5e9)]
    [InlineData("Tajikistan's 8.2 million people depend on remittances.", "8.2 million", 8.2e6)]
    [InlineData("Police arrested a dozen men.", "a dozen", 12)]
    [InlineData("He served three hundred and fifty days.", "three hundred and fifty", 350)]
    public void Numbers_in_digits_and_words_are_read(string text, string phrase, double value)
    {
        var q = Annotated.Read(text).Quantity(phrase);
        Assert.Equal(value, q.Value);
        Assert.Equal(Approximation.Exact, q.Approximation);
    }

    [Theory]
    [InlineData("Russia pledged $2.5 billion in aid.", "$2.5 billion", 2.5e9, "USD")]
    [InlineData("The EU gave €251m to Afghanistan.", "€251m", 251e6, "EUR")]
    [InlineData("Each family received £790 in compensation.", "£790", 790, "GBP")]
    [InlineData("Turnout fell to 46% in Almaty.", "46%", 46, "%")]
    [InlineData("Only 20 per cent of voters took part.", "20 per cent", 20, "%")]
    [InlineData("The 1,344-kilometer border is porous.", "1,344-kilometer", 1344, "km")]
    [InlineData("The 1,400km frontier runs through the Pamirs.", "1,400km", 1400, "km")]
    [InlineData("The convoy drove 1,400 km east.", "1,400 km", 1400, "km")]
    [InlineData("The fine was 5,000 somoni.", "5,000 somoni", 5000, "TJS")]
    [InlineData("Grain worth 3 million roubles was seized.", "3 million roubles", 3e6, "RUB")]
    public void Currencies_and_units_are_normalised(string text, string phrase, double value, string unit)
    {
        var q = Annotated.Read(text).Quantity(phrase);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Fighting killed at least 32 people.", "at least 32", 32, Approximation.AtLeast)]
    [InlineData("More than 1,000 Tajiks joined the group.", "More than 1,000", 1000, Approximation.MoreThan)]
    [InlineData("Over 200 homes burned.", "Over 200", 200, Approximation.MoreThan)]
    [InlineData("About 40 officers were dismissed.", "About 40", 40, Approximation.About)]
    [InlineData("Around 15 shops were looted.", "Around 15", 15, Approximation.About)]
    [InlineData("Some 12 villages were evacuated.", "Some 12", 12, Approximation.About)]
    [InlineData("Nearly 60% of workers are abroad.", "Nearly 60%", 60, Approximation.Nearly)]
    [InlineData("Almost a third of the budget went to security.", "Almost a third", 1 / 3.0, Approximation.Nearly)]
    [InlineData("Remittances make up up to 46% of GDP.", "up to 46%", 46, Approximation.UpTo)]
    [InlineData("Fewer than 10 journalists remain.", "Fewer than 10", 10, Approximation.LessThan)]
    [InlineData("The unit had just over 30 fighters.", "just over 30", 30, Approximation.MoreThan)]
    [InlineData("The blast killed 20 or more people.", "20 or more", 20, Approximation.AtLeast)]
    public void Approximations_qualify_the_number(string text, string phrase, double value, Approximation approximation)
    {
        var q = Annotated.Read(text).Quantity(phrase);
        Assert.Equal(value, q.Value!.Value, 6);
        Assert.Equal(approximation, q.Approximation);
    }

    [Theory]
    [InlineData("Dozens were injured in Osh.", "Dozens")]
    [InlineData("Hundreds fled across the border.", "Hundreds")]
    [InlineData("Tens of thousands were killed in the war.", "Tens of thousands")]
    [InlineData("Scores of houses were destroyed.", "Scores")]
    [InlineData("Several soldiers were wounded.", "Several")]
    [InlineData("A number of activists were detained.", "A number")]
    [InlineData("Several hundred families were moved.", "Several hundred")]
    [InlineData("Hundreds of thousands of migrants returned.", "Hundreds of thousands")]
    public void Dozens_has_no_number(string text, string phrase)
    {
        var q = Annotated.Read(text).Quantity(phrase);
        Assert.Null(q.Value);
        Assert.Equal(Approximation.Vague, q.Approximation);
    }

    [Theory]
    [InlineData("The war left 60,000 to 100,000 dead.", "60,000 to 100,000", 60000, 100000, null)]
    [InlineData("The state controls 20 to 30 per cent of the country.", "20 to 30 per cent", 20, 30, "%")]
    [InlineData("Between three and five thousand fighters crossed.", "Between three and five thousand", 3000, 5000, null)]
    [InlineData("Estimates range from 800,000 to 1.5 million.", "800,000 to 1.5 million", 800000, 1.5e6, null)]
    [InlineData("Prices rose 20-30% in Bishkek.", "20-30%", 20, 30, "%")]
    public void Ranges_keep_both_ends(string text, string phrase, double low, double high, string? unit)
    {
        var q = Annotated.Read(text).Quantity(phrase);
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.Upper);
        Assert.Equal(Approximation.Range, q.Approximation);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Between_belongs_to_a_quantity_only_when_it_opens_a_range()
    {
        var doc = Annotated.Read("The corridor runs between two major cities.");
        Assert.Equal(["two"], doc.QuantityTexts());
    }

    [Fact]
    public void Three_prison_guards_and_29_inmates_holds_two_quantities_3_and_29()
    {
        var doc = Annotated.Read("At least 32 people died in the uprising - three prison guards and 29 inmates.");
        Assert.Equal(["At least 32", "three", "29"], doc.QuantityTexts());
        Assert.Equal("prison", doc.Quantity("three").WordAfter(doc.Text).ToString());
        Assert.Equal("guards", doc.Quantity("three").WordAfter(doc.Text, 1).ToString());
    }

    [Fact]
    public void Ages_are_quantities_told_apart_by_the_hyphenated_word_after_them()
    {
        var doc = Annotated.Read("A 32-year-old man and 32 people were detained.");
        var age = doc.Quantities[0];
        Assert.True(age.IsHyphenatedToNext(doc.Text));
        Assert.Equal("year", age.WordAfter(doc.Text).ToString());
        Assert.False(doc.Quantities[1].IsHyphenatedToNext(doc.Text));
        Assert.Equal("people", doc.Quantities[1].WordAfter(doc.Text).ToString());
    }

    [Fact]
    public void The_word_before_tells_killed_3_from_3_prisoners_held()
    {
        var doc = Annotated.Read("Guards killed 3 and 3 prisoners were held.");
        Assert.Equal("killed", doc.Quantities[0].WordBefore(doc.Text).ToString());
        Assert.Equal("prisoners", doc.Quantities[1].WordAfter(doc.Text).ToString());
    }

    [Theory]
    [InlineData("The riot on May 19 was the worst since 2019.")]
    [InlineData("Inmates of Prison No. 3/2 rioted.")]
    [InlineData("Inmates of Protocol 32/20 were moved.")]
    [InlineData("The curfew starts at 10:30 and ends at 6 am.")]
    [InlineData("Call +992 37 221 20 00 for details.")]
    [InlineData("It was the 5th attack this year.")]
    public void Dates_times_of_day_identifiers_and_ordinals_are_not_quantities(string text)
    {
        Assert.Empty(Annotated.Read(text).Quantities);
    }
}
