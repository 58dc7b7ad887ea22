namespace Pamir.Tests;

/// <summary>A folder of its own for one test's files, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("pamir-test-").FullName;

    /// <summary>The full path of a file in the folder, which need not exist yet.</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        string path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open elsewhere; the OS cleans temp */ }
    }
}
