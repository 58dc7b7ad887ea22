using Pamir.Core.Pipeline;
using Pamir.Core.Text;

namespace Pamir.Core.Time;

/// <summary>
/// Whether the sentence at an offset speaks of the future ("will", "scheduled", "plans"), read
/// once per sentence and only for sentences that hold a time expression.
/// </summary>
internal sealed class FutureSentences(AnalyzedDocument document)
{
    private readonly sbyte[] known = new sbyte[document.Sentences.Count];

    public bool IsFuture(int offset)
    {
        int s = document.SentenceIndexAt(offset);
        if (s < 0) return false;
        if (known[s] == 0)
        {
            var sentence = document.Sentences[s];
            int first = SpanSearch.FirstEndingAfter(document.Tokens, sentence.Start);
            int end = SpanSearch.FirstEndingAfter(document.Tokens, sentence.End);
            known[s] = TimeScanner.HasFutureWord(document.Text, document.Tokens, first, end) ? (sbyte)1 : (sbyte)-1;
        }
        return known[s] > 0;
    }
}
