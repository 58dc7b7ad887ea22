using Pamir.Bench;

namespace Pamir.Tests.Bench;

public class CorpusGeneratorTests
{
    private const string Sample =
        "Three guards died in a riot at the prison in Khujand on 7 November 2018.\n\n" +
        "Officials in Dushanbe said 26 people were killed, and Rahmon ordered an inquiry.";

    [Fact]
    public void The_corpus_reaches_the_requested_size()
    {
        var documents = new CorpusGenerator([Sample]).Generate(totalBytes: 20_000, meanBytes: 1_000).ToList();

        Assert.True(documents.Sum(d => d.Text.Length) >= 20_000);
        Assert.True(documents.Count >= 10);
    }

    [Fact]
    public void A_query_base_gets_at_least_the_documents_asked_for()
    {
        var documents = new CorpusGenerator([Sample]).Generate(totalBytes: 1_000, meanBytes: 1_000, minDocuments: 40).ToList();

        Assert.Equal(40, documents.Count);
    }

    [Fact]
    public void Generated_reports_differ_so_de_duplication_cannot_skip_them()
    {
        var documents = new CorpusGenerator([Sample]).Generate(totalBytes: 50_000, meanBytes: 1_000).ToList();

        Assert.Equal(documents.Count, documents.Select(d => d.Text).Distinct().Count());
    }

    [Fact]
    public void Names_places_and_figures_are_varied_across_reports()
    {
        var texts = new CorpusGenerator([Sample]).Generate(totalBytes: 100_000, meanBytes: 1_000).Select(d => d.Text).ToList();

        Assert.Contains(texts, t => !t.Contains("Khujand"));
        Assert.Contains(texts, t => !t.Contains("26 people"));
        Assert.Contains(texts, t => t.Contains("people were killed"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_corpus()
    {
        var first = new CorpusGenerator([Sample], seed: 7).Generate(10_000, 1_000).ToList();
        var second = new CorpusGenerator([Sample], seed: 7).Generate(10_000, 1_000).ToList();

        Assert.Equal(first, second);
    }
}
