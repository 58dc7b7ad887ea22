using System.Text;
using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

public class DocumentSourcesTests
{
    [Fact]
    public void A_directory_is_read_recursively_in_a_repeatable_order_with_file_names_as_ids()
    {
        using var folder = new TempFolder();
        folder.Write("b/zeta.txt", "Zeta report text.");
        folder.Write("a/alpha.html", "<html><body><p>Alpha report text.</p></body></html>");
        folder.Write("beta.txt", "Beta report text.");
        folder.Write("a/style.css", "body { }");
        var ids = DocumentSources.Read(folder.Path).Select(r => r.Document!.Id).ToList();
        Assert.Equal(["alpha", "zeta", "beta"], ids);
    }

    [Fact]
    public void Each_bad_input_gets_one_error_and_every_other_input_is_still_read()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", "Dushanbe, 20 May 2019 – A riot broke out.");
        var empty = folder.Write("empty.txt", "");
        var binary = folder.Write("blob.txt", [0x01, 0x00, 0x02, 0x00, 0x00, 0x7F, 0x00, 0x10, 0x00]);
        var image = folder.Write("page.html", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var unknown = folder.Write("notes.docx", "whatever");
        var lines = folder.Write("dump.jsonl", "{\"id\":\"ok\",\"text\":\"Fine.\"}\n{broken\n{\"id\":\"no-text\"}\n");
        var missing = Path.Combine(folder.Path, "nowhere.txt");

        var results = DocumentSources.Read(good, empty, binary, image, unknown, lines, missing).ToList();

        Assert.Equal(["good", "ok"], results.Where(r => r.Succeeded).Select(r => r.Document!.Id));
        var errors = results.Where(r => !r.Succeeded).Select(r => r.Error!.ToString()).ToList();
        Assert.Equal(7, errors.Count);
        Assert.Contains($"{empty}: empty file", errors);
        Assert.Contains($"{binary}: not text: the file is binary data", errors);
        Assert.Contains($"{image}: not an HTML page: the file is a PNG image", errors);
        Assert.Contains(errors, e => e.StartsWith($"{unknown}: unsupported file type \".docx\""));
        Assert.Contains(errors, e => e.StartsWith($"{lines}:2: invalid JSON"));
        Assert.Contains($"{lines}:3: record \"no-text\" has no \"text\" or \"html\"", errors);
        Assert.Contains($"{missing}: no such file or directory", errors);
    }

    [Fact]
    public void A_file_over_50_megabytes_is_refused_without_being_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(DocumentSources.MaxFileBytes + 1);
        var error = Assert.Single(DocumentSources.Read(path)).Error!;
        Assert.StartsWith("file is larger than 50 MB", error.Reason);
    }

    [Fact]
    public void A_page_with_nothing_but_furniture_is_an_error_not_an_empty_document()
    {
        using var folder = new TempFolder();
        var path = folder.Write("menu.html", "<html><body><nav><a href='/'>Home</a></nav><p>Share</p></body></html>");
        Assert.Equal("no article text left after removing page furniture", Assert.Single(DocumentSources.Read(path)).Error!.Reason);
    }

    [Fact]
    public void A_windows_1252_text_file_is_read_without_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("old.txt", [.. Encoding.ASCII.GetBytes("The \"Oila\" "), 0x96, .. Encoding.ASCII.GetBytes(" the family.")]);
        Assert.Equal("The \"Oila\" – the family.", Assert.Single(DocumentSources.Read(path)).Document!.Text);
    }

    [Fact]
    public void Feeds_are_read_item_by_item()
    {
        using var folder = new TempFolder();
        var path = folder.Write("wire.rss", "<rss version=\"2.0\"><channel><item><title>One</title><guid>1</guid><description>First item text.</description></item><item><title>Two</title><guid>2</guid><description>Second item text.</description></item></channel></rss>");
        Assert.Equal(2, DocumentSources.Read(path).Count(r => r.Succeeded));
    }
}
