using Pamir.Core.Actors;
using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// Every document's mention of an actor named alike (one <see cref="ActorNaming"/>): the unit
/// resolution compares and merges. Mentions named alike meet the same catalogue entry, keys and
/// signatures, so they join the same actor, and only the first of them in document order adds
/// names, roles and reasons; the rest add their documents and counts. The exception, mentions
/// that never join anything (a lone surname no full name fits), are taken apart again into one
/// actor each (<see cref="EachMention"/>).
/// </summary>
internal sealed class ActorMentionGroup(ActorNaming naming, ActorMentionTable table, int start, int count, int spanCount)
{
    public string Name => naming.Name;
    public ActorKind Kind => naming.Kind;
    /// <inheritdoc cref="ActorNaming.Catalogue"/>
    public CatalogueActor? Catalogue => naming.Catalogue;
    /// <inheritdoc cref="ActorNaming.CatalogueReason"/>
    public string? CatalogueReason => naming.CatalogueReason;
    public string? CountryCode => naming.CountryCode;
    public string[] Forms => naming.Forms;
    public string[] Roles => naming.Roles;

    /// <summary>How many mentions name the actor this way.</summary>
    public int Count { get; } = count;

    /// <summary>How many times they mention it (their spans).</summary>
    public int SpanCount { get; } = spanCount;

    /// <summary>The position of the first mention among all mentions, documents in id order: the groups are made in this order.</summary>
    public int First => table.PositionOf[start];

    /// <summary>The document of the first mention: the one a reason for a name of this group names.</summary>
    public string DocumentId => table.Documents[table.DocumentOf[start]];

    /// <summary>The documents of the mentions, as positions among the table's documents, in the order gathered.</summary>
    public ReadOnlySpan<int> DocumentPositions => table.DocumentOf.AsSpan(start, Count);

    public ActorMentionTable Table => table;

    /// <summary>Each mention as a group of its own, in document order.</summary>
    public ActorMentionGroup[] EachMention()
    {
        var each = new ActorMentionGroup[Count];
        for (int i = 0; i < each.Length; i++) each[i] = new ActorMentionGroup(naming, table, start + i, 1, table.SpansOf[start + i]);
        return each;
    }
}
