using Pamir.Bench;

namespace Pamir.Tests.Bench;

public class MemoryBenchmarkTests
{
    [Fact]
    public void The_growth_per_document_is_read_between_the_two_largest_bases()
    {
        MemoryBenchmark.Build[] builds = [new(25_000, 300), new(50_000, 360), new(100_000, 420)];

        Assert.Equal(1.2, MemoryBenchmark.KilobytesPerDocument(builds), precision: 6);
    }

    [Fact]
    public void Bases_of_a_quarter_a_half_and_all_of_the_documents_are_built_and_removed()
    {
        using var corpus = new TempFolder();
        using var work = new TempFolder();
        string[] towns = ["Khorugh", "Kulob", "Isfara", "Vahdat", "Panjakent", "Rasht", "Murghob", "Istaravshan"];
        for (int i = 0; i < towns.Length; i++)
            corpus.Write($"report-{i}.txt", $"Police in {towns[i]} detained {i + 2} men on {i + 1} March 2024 after a brawl at the market, the district office said.");

        var builds = MemoryBenchmark.Run(corpus.Path, towns.Length, work.Path, new PeakMemory());

        Assert.Equal([2, 4, 8], builds.Select(b => b.Documents));
        Assert.All(builds, b => Assert.True(b.PeakMegabytes > 0));
        Assert.Empty(Directory.GetFiles(work.Path));
    }
}
