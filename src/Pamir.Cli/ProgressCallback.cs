namespace Pamir.Cli;

/// <summary>Reports progress on the reporting thread (System.Progress would post it elsewhere, after the run has ended).</summary>
internal sealed class ProgressCallback<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
