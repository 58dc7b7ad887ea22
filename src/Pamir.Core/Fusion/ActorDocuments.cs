using System.Collections;

namespace Pamir.Core.Fusion;

/// <summary>
/// An actor's documents, in ordinal order of their ids, kept as positions among the ids of every
/// document that mentions an actor (<see cref="ActorMentionTable.Documents"/>): a 100,000-document
/// base lists about two million (actor, document) pairs, held until the actors are written, and a
/// position takes half the room of a reference to the id.
/// </summary>
internal sealed class ActorDocuments(string[] ids, int[] positions) : IReadOnlyList<string>
{
    public string this[int index] => ids[positions[index]];

    public int Count => positions.Length;

    public IEnumerator<string> GetEnumerator()
    {
        foreach (int position in positions) yield return ids[position];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
