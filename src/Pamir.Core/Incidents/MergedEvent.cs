namespace Pamir.Core.Incidents;

/// <summary>The mentions of one incident within one document, gathered in text order.</summary>
internal sealed class MergedEvent(EventMention first)
{
    private readonly List<EventMention> mentions = [first];
    private readonly List<EventMention> notes = [];

    public IReadOnlyList<EventMention> Mentions => mentions;
    public IReadOnlyList<EventMention> Notes => notes;
    public bool IsWar => mentions[0].Kind == MentionKind.War;
    public int LastSentence { get; private set; } = first.Sentence;
    public int LastParagraph { get; private set; } = first.Paragraph;

    public void Add(EventMention mention)
    {
        (mention.Kind == MentionKind.Note ? notes : mentions).Add(mention);
        LastSentence = Math.Max(LastSentence, mention.Sentence);
        LastParagraph = Math.Max(LastParagraph, mention.Paragraph);
    }

    /// <summary>The mentions, then the notes.</summary>
    public List<EventMention> All => [.. mentions, .. notes];
}
