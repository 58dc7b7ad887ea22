namespace Pamir.Core.Fusion;

/// <summary>
/// Every actor mention resolution reads, as numbers: the document (its position among the document
/// ids in ordinal order), the spans and the mention's position among all mentions (documents in id
/// order, each document's as it lists them), the mentions of one naming side by side
/// (<see cref="ActorMentionGroup"/>). Half a million mentions at 100,000 documents take a few
/// bytes each instead of an object each.
/// </summary>
internal sealed class ActorMentionTable(string[] documents, int[] documentOf, int[] spansOf, int[] positionOf)
{
    /// <summary>The ids of the documents that mention an actor, in ordinal order.</summary>
    public string[] Documents { get; } = documents;

    /// <summary>The position among <see cref="Documents"/> of the document of each mention.</summary>
    public int[] DocumentOf { get; } = documentOf;

    /// <summary>How many times each mention's document mentions the actor (its spans).</summary>
    public int[] SpansOf { get; } = spansOf;

    /// <summary>The position of each mention among all mentions, documents in id order.</summary>
    public int[] PositionOf { get; } = positionOf;
}
