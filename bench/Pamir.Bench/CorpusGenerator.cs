using System.Text;

namespace Pamir.Bench;

/// <summary>
/// Produces a benchmark corpus of any size by recombining the paragraphs of the bundled sample
/// reports with other names, places, dates and figures, so that no two documents share content
/// and de-duplication cannot make the run trivial. Deterministic for a given seed.
/// </summary>
public sealed class CorpusGenerator(IReadOnlyList<string> sampleTexts, int seed = 20261121)
{
    private static readonly string[] Places =
    [
        "Dushanbe", "Khujand", "Vahdat", "Khorog", "Kulob", "Bokhtar", "Istaravshan", "Panjakent", "Rasht", "Isfara",
        "Bishkek", "Osh", "Batken", "Jalal-Abad", "Almaty", "Astana", "Shymkent", "Tashkent", "Samarkand", "Andijan",
        "Namangan", "Termez", "Kabul", "Kunduz", "Mazar-i-Sharif", "Faizabad", "Taloqan", "Herat", "Moscow", "Kazan",
        "Yekaterinburg", "Novosibirsk", "Istanbul", "Ankara", "Berlin", "Warsaw", "Vienna", "Tehran", "Ashgabat", "Mary",
    ];

    private static readonly string[] GivenNames =
    [
        "Emomali", "Rustam", "Umarali", "Muhiddin", "Gulmurod", "Abduhalim", "Zaid", "Yaqub", "Dodojon", "Sadyr",
        "Kassym-Jomart", "Shavkat", "Nursultan", "Islam", "Mahmadsaid", "Buzurgmekhr", "Maksud", "Ehson", "Alisher", "Farrukh",
        "Kamoliddin", "Davron", "Jamshed", "Firdavs", "Nigina", "Malika", "Zarina", "Parviz", "Sherali", "Bakhtiyor",
    ];

    private static readonly string[] Surnames =
    [
        "Rahmon", "Quvvatov", "Kabiri", "Khalimov", "Nazarzoda", "Saidov", "Salimov", "Atovulloyev", "Japarov", "Mirziyoyev",
        "Tokayev", "Karimov", "Ubaidulloyev", "Yorov", "Ibragimov", "Odinayev", "Sobiri", "Imumnazarov", "Iskandarov", "Tashiev",
        "Mamadov", "Davlatov", "Sharipov", "Nazarov", "Rahimov", "Yusupov", "Aliev", "Kholov", "Safarov", "Boboev",
    ];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Dictionary<string, string[]> Pools = BuildPools();

    private readonly Random random = new(seed);
    private readonly IReadOnlyList<string[]> paragraphsBySample = sampleTexts
        .Select(t => t.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(p => p.Length > 0)
        .ToList();

    /// <summary>
    /// Writes documents of about <paramref name="meanBytes"/> each until the corpus holds
    /// <paramref name="totalBytes"/> and at least <paramref name="minDocuments"/> documents.
    /// </summary>
    public IEnumerable<(string Id, string Text)> Generate(long totalBytes, int meanBytes = 3000, int minDocuments = 0)
    {
        if (paragraphsBySample.Count == 0) throw new InvalidOperationException("the corpus generator needs at least one sample report");
        long written = 0;
        for (int n = 0; written < totalBytes || n < minDocuments; n++)
        {
            string text = Document(meanBytes);
            written += Encoding.UTF8.GetByteCount(text);
            yield return ($"gen-{n:000000}", text);
        }
    }

    private string Document(int meanBytes)
    {
        var text = new StringBuilder();
        int target = meanBytes / 2 + random.Next(meanBytes);
        string city = Places[random.Next(Places.Length)];
        text.Append(city.ToUpperInvariant()).Append(", ").Append(random.Next(1, 29)).Append(' ')
            .Append(Months[random.Next(12)]).Append(' ').Append(random.Next(1995, 2026)).Append("\n\n");
        while (text.Length < target)
        {
            var sample = paragraphsBySample[random.Next(paragraphsBySample.Count)];
            text.Append(Vary(sample[random.Next(sample.Length)])).Append("\n\n");
        }
        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>Swaps each number for another of the same length, and each known name, place or month for another of its kind.</summary>
    private string Vary(string paragraph)
    {
        var result = new StringBuilder(paragraph.Length + 16);
        int i = 0;
        while (i < paragraph.Length)
        {
            char c = paragraph[i];
            if (char.IsAsciiDigit(c))
            {
                result.Append(i > 0 && char.IsAsciiDigit(paragraph[i - 1]) ? (char)('0' + random.Next(10)) : (char)('1' + random.Next(9)));
                i++;
                continue;
            }
            if (char.IsUpper(c) && (i == 0 || !char.IsLetter(paragraph[i - 1])))
            {
                int end = i;
                while (end < paragraph.Length && (char.IsLetter(paragraph[end]) || paragraph[end] == '-')) end++;
                string word = paragraph[i..end];
                result.Append(Pools.TryGetValue(word, out var pool) ? pool[random.Next(pool.Length)] : word);
                i = end;
                continue;
            }
            result.Append(c);
            i++;
        }
        return result.ToString();
    }

    private static Dictionary<string, string[]> BuildPools()
    {
        var pools = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var pool in new[] { Places, GivenNames, Surnames, Months })
            foreach (var word in pool) pools[word] = pool;
        return pools;
    }
}
