using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// The actors of the knowledge base and how names map to them: a name as one document wrote it
/// ("Rahmon" in document 000) resolves to the actor that document's mention joined; failing
/// that, to the one actor that goes by that name anywhere.
/// </summary>
public sealed class ActorDirectory
{
    private readonly Dictionary<(string Document, string Form), string> byDocument;
    private readonly Dictionary<string, string?> byForm;
    private readonly ActorNameKeys keys;

    internal ActorDirectory(IReadOnlyList<Actor> actors, Dictionary<(string, string), string> byDocument, Dictionary<string, string?> byForm, ActorNameKeys keys)
    {
        Actors = actors;
        this.byDocument = byDocument;
        this.byForm = byForm;
        this.keys = keys;
    }

    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>
    /// The id of the actor a document's name stands for ("Tajikistan", "IRPT", "Rahmon"), or null
    /// when no actor goes by it. One thread at a time: the name keys resolution computed are reused.
    /// </summary>
    public string? IdOf(string documentId, string name)
    {
        string folded = keys.Of(name);
        if (byDocument.TryGetValue((documentId, folded), out var id)) return id;
        return byForm.TryGetValue(folded, out var any) ? any : null;
    }

    internal static string Key(string name)
    {
        string folded = NameFold.Fold(name);
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }
}
