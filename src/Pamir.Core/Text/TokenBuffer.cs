using System.Buffers;

namespace Pamir.Core.Text;

/// <summary>
/// Collects a document's tokens in a pooled array and copies them out once at their exact count:
/// one allocation per document instead of a growing list and its final copy.
/// </summary>
internal struct TokenBuffer(int capacity)
{
    private Token[] items = ArrayPool<Token>.Shared.Rent(capacity);
    private int count;

    public void Add(Token token)
    {
        if (count == items.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, count).CopyTo(larger);
            ArrayPool<Token>.Shared.Return(items);
            items = larger;
        }
        items[count++] = token;
    }

    /// <summary>The tokens as an array of their own; the pooled array goes back to the pool.</summary>
    public Token[] ToArray()
    {
        var result = items.AsSpan(0, count).ToArray();
        ArrayPool<Token>.Shared.Return(items);
        items = [];
        count = 0;
        return result;
    }
}
