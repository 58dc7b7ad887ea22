using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

public class FurnitureCleanerTests
{
    private const string Story =
        "Border guards exchanged fire near Vorukh on Thursday.\n\n" +
        "Officials in Bishkek said four soldiers were wounded.";

    [Theory]
    [InlineData("Audio Bookmark Close Comments Download Facebook Link Email Newsletter Play Print Share Twitter Youtube Search")]
    [InlineData("Arrow Left Arrow Right Camera icon set Ellipsis icon set Globe Hamburger Map Marker Microphone Print RSS Search Share")]
    [InlineData("Share Tweet Email")]
    [InlineData("Share")]
    [InlineData("Facebook Twitter WhatsApp Telegram Copy link")]
    public void A_line_of_icon_and_button_labels_is_dropped(string labels)
    {
        Assert.Equal(Story, FurnitureCleaner.Clean(labels + "\n" + Story));
    }

    [Theory]
    [InlineData("How Tajikistan Became The Poorest Country In Central Asia")]
    [InlineData("Kyrgyz And Tajik Leaders Agree Border Deal")]
    [InlineData("Share prices fell in Almaty")]
    [InlineData("Comments by the minister drew criticism from Moscow and Tashkent.")]
    public void A_title_case_headline_or_a_sentence_starting_with_a_button_word_is_kept(string line)
    {
        Assert.Contains(line, FurnitureCleaner.Clean(line + "\n\n" + Story));
    }

    [Theory]
    [InlineData("top of page")]
    [InlineData("Back to top")]
    [InlineData("Bottom of page")]
    [InlineData("Skip to main content")]
    [InlineData("Advertisement")]
    [InlineData("Continue reading")]
    public void Page_navigation_lines_are_dropped(string line)
    {
        Assert.Equal(Story, FurnitureCleaner.Clean(line + "\n\n" + Story + "\n\n" + line));
    }

    [Theory]
    [InlineData("Get our Central Asia emails Weekly news from the region Sign up here")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("Subscribe to our daily newsletter")]
    [InlineData("The best stories delivered straight to your inbox.")]
    public void Newsletter_sign_up_lines_are_dropped(string line)
    {
        Assert.Equal(Story, FurnitureCleaner.Clean(Story + "\n\n" + line));
    }

    [Fact]
    public void Conscripts_signing_up_for_the_army_is_article_text()
    {
        var text = "Thousands of young men sign up for military service each spring.";
        Assert.Equal(text, FurnitureCleaner.Clean(text));
    }

    [Theory]
    [InlineData("Kyrgyzstan.png")]
    [InlineData("images/flag_tj.JPG")]
    public void Image_file_names_are_dropped(string line)
    {
        Assert.Equal(Story, FurnitureCleaner.Clean(line + "\n\n" + Story));
    }

    [Theory]
    [InlineData("Police guard the road into Khorog after the clashes. Photo: AFP / Staff")]
    [InlineData("The market in Osh, 2010. Photo (c): Jane Roe / Agency. All rights reserved.")]
    [InlineData("Protesters in Almaty in January. Photo CC-by-2.0: Someone / Flickr. Some rights reserved.")]
    [InlineData("Soldiers near the border post (Photo by Ivan Petrov)")]
    [InlineData("A checkpoint on the Pamir highway. Image credit: Reuters")]
    public void A_photo_caption_ending_in_a_credit_is_dropped(string caption)
    {
        Assert.Equal(Story, FurnitureCleaner.Clean(caption + "\n\n" + Story));
    }

    [Fact]
    public void A_sentence_about_a_photograph_without_a_credit_is_kept()
    {
        var text = "A photo of the detained men was published by the interior ministry on Friday.";
        Assert.Equal(text, FurnitureCleaner.Clean(text));
    }

    [Fact]
    public void A_long_paragraph_that_mentions_a_photo_credit_is_kept()
    {
        var paragraph = "The ministry published a statement. " + string.Concat(Enumerable.Repeat("It said the guards acted lawfully and that the inmates had started the violence. ", 6)) + "Photo: ministry press service";
        Assert.Equal(paragraph, FurnitureCleaner.Clean(paragraph));
    }

    [Fact]
    public void A_reader_comment_section_is_dropped_to_the_end()
    {
        var comments =
            "Join the Conversation\n\n" +
            "  1. What a great article, thanks for sharing this with us.\n\n" +
            "  2. I have been looking for such information for a long time.\n\n" +
            "Leave a comment\n\nYou must be logged in to post a comment.";
        Assert.Equal(Story, FurnitureCleaner.Clean(Story + "\n\n" + comments));
    }

    [Fact]
    public void A_count_of_comments_with_signed_posts_is_a_comment_section()
    {
        var comments = "3 Comments\n\nAlisher says:\nThe border needs a proper demarcation.\n\nReply";
        Assert.Equal(Story, FurnitureCleaner.Clean(Story + "\n\n" + comments));
    }

    [Fact]
    public void A_comment_heading_followed_by_article_text_and_no_sign_of_comments_is_kept()
    {
        var text = "Comments\n\nThe minister's comments were made at a press conference in Astana.\n\n" + Story;
        Assert.Equal(text, FurnitureCleaner.Clean(text));
    }

    [Fact]
    public void A_numbered_list_of_recommendations_is_not_mistaken_for_comments()
    {
        var text = "Recommendations\n\n1. Reopen the border crossings.\n\n2. Release the detained journalists.";
        Assert.Equal(text, FurnitureCleaner.Clean(text));
    }

    [Fact]
    public void Comment_form_boilerplate_lines_are_dropped()
    {
        var text = Story + "\n\nWe encourage anyone to comment, please consult our commenting guidelines.\n\nComments are closed.";
        Assert.Equal(Story, FurnitureCleaner.Clean(text));
    }

    [Fact]
    public void A_related_articles_list_is_dropped_but_the_article_after_it_stays()
    {
        var text = Story + "\n\nRelated articles\nKyrgyzstan and Tajikistan sign border treaty\nOsh market reopens after floods\n\nRead more: Tajik migrants return from Russia";
        Assert.Equal(Story, FurnitureCleaner.Clean(text));
    }

    [Fact]
    public void A_cookie_notice_is_dropped()
    {
        Assert.Equal(Story, FurnitureCleaner.Clean("We use cookies to improve your experience. Accept all cookies\n\n" + Story));
    }

    [Fact]
    public void A_title_printed_twice_by_the_page_template_is_kept_once()
    {
        Assert.Equal("Rasht ambush\n\n" + Story, FurnitureCleaner.Clean("Rasht ambush\nRasht ambush\n\n" + Story));
    }

    [Fact]
    public void Paragraph_breaks_come_out_as_one_blank_line_and_windows_line_ends_are_normalised()
    {
        Assert.Equal("First paragraph.\n\nSecond paragraph.", FurnitureCleaner.Clean("First paragraph.\r\n\r\n\r\n\r\nSecond paragraph.   \r\n"));
    }

    [Fact]
    public void A_dropped_line_between_paragraphs_still_separates_them()
    {
        Assert.Equal("First paragraph.\n\nSecond paragraph.", FurnitureCleaner.Clean("First paragraph.\nShare\nSecond paragraph."));
    }
}
