using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

/// <summary>The bundled sample corpus is what users see first: every report must read cleanly and carry a date.</summary>
public class SampleCorpusTests
{
    private static readonly List<DocumentReadResult> Results = DocumentSources.Read(SamplesFolder()).ToList();

    internal static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pamir.slnx"))) return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("repository root (Pamir.slnx) not found above the test binaries");
    }

    [Fact]
    public void Every_sample_report_is_read_without_error()
    {
        Assert.Empty(Results.Where(r => !r.Succeeded).Select(r => r.Error!.ToString()));
        Assert.InRange(Results.Count, 15, 25);
    }

    [Fact]
    public void Every_sample_report_has_a_publication_date_to_the_day()
    {
        Assert.All(Results, r => Assert.Equal(Pamir.Core.Time.DatePrecision.Day, r.Document!.Published?.Precision));
    }

    [Fact]
    public void Sample_ids_are_unique()
    {
        var ids = Results.Select(r => r.Document!.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void No_page_furniture_survives_in_the_sample_texts()
    {
        string[] furniture = ["Cookie policy", "Copy link", "Related articles", "Most read", "Sign up", "Leave a comment", "says:", "Back to top", "Top of page", "Photo:", ".jpg", "Share Tweet Email"];
        foreach (var document in Results.Select(r => r.Document!))
            foreach (var phrase in furniture)
                Assert.False(document.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase), $"{document.Id} still contains \"{phrase}\"");
    }

    [Fact]
    public void A_wire_dateline_without_a_year_is_dated_with_the_year_from_its_url()
    {
        var wire = Results.Single(r => r.Document!.Id == "wire-vakhdat-riot").Document!;
        Assert.Equal(("2019-05-20", DateSource.Text), (wire.Published?.ToIso(), wire.PublishedSource));
    }
}
