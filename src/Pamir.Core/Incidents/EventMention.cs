using Pamir.Core.Places;
using Pamir.Core.Time;

namespace Pamir.Core.Incidents;

/// <summary>
/// One sentence's mention of an incident, before mentions of the same incident are merged: the
/// trigger, the type it implies, and what the sentence itself says about date, place and toll.
/// A note (Note = true) is a sentence with a toll but no trigger ("No one was hurt."), which
/// belongs to the incident just reported.
/// </summary>
internal sealed record EventMention
{
    public required int Sentence { get; init; }
    public required int Paragraph { get; init; }
    public int TriggerStart { get; init; }
    public int TriggerEnd { get; init; }
    public EventType Type { get; init; }
    public string SubEventType { get; init; } = "";
    public MentionKind Kind { get; init; }
    /// <summary>Every trigger of the mention is plural ("attacks"): generic unless dated to the month or counted.</summary>
    public bool Plural { get; init; }
    /// <summary>Every trigger is often figurative ("battle"): it needs a date, place or toll in its own sentence.</summary>
    public bool Weak { get; init; }
    /// <summary>"The riot", "these arrests": refers back to an incident already reported.</summary>
    public bool Definite { get; init; }
    /// <summary>"Following the attacks of September 11, …": the incident only dates something else.</summary>
    public bool TimeAnchor { get; init; }
    public TimeExpression? Time { get; init; }
    public PlaceMention? Place { get; init; }
    public SentenceCasualties Casualties { get; init; } = SentenceCasualties.Empty;
    public IReadOnlyList<string> Perpetrators { get; init; } = [];
    public IReadOnlyList<string> Targets { get; init; } = [];

    public FuzzyDate? Date => Time?.Value;
}
