namespace Pamir.Core.Incidents.Lexicon;

/// <summary>What a phrase in the event lexicon does; the data file's second column (see data/lexicons/events.tsv).</summary>
public enum LexiconClass
{
    /// <summary>Names an incident: "riot", "car bomb", "arrested".</summary>
    Event,
    /// <summary>A killing verb: an incident on its own and a death cue ("shot dead").</summary>
    Kill,
    /// <summary>A war or years of fighting: at most one report per document.</summary>
    War,
    /// <summary>Sharpens the sub-event type of a trigger in the same sentence ("suicide", "tear gas").</summary>
    Refine,
    /// <summary>Before a trigger: the trigger is generic, hypothetical or negated ("the threat of").</summary>
    Block,
    /// <summary>Right after a trigger: the trigger word is a modifier ("riot police").</summary>
    After,
    /// <summary>An accident or disaster: a killing verb in its sentence is not violence.</summary>
    NonEvent,
    Dead,
    Hurt,
    Held,
    /// <summary>A stated zero: "no one was killed".</summary>
    None,
    /// <summary>The target survived.</summary>
    Survived,
    /// <summary>The figure after it is part of one already given ("including").</summary>
    Subset,
    /// <summary>A noun after a number that does not count people ("years", "km").</summary>
    Unit,
    /// <summary>A word before a number that makes it a label or a term, not a count ("aged", "No.").</summary>
    Label,
    /// <summary>Starts a new clause: a cue beyond it does not count a number before it.</summary>
    Boundary,
    /// <summary>A vague amount of people that makes a count next to it incomplete ("several").</summary>
    Vague,
    /// <summary>A collective actor ("security forces").</summary>
    Group,
    /// <summary>A photo credit: its paragraph is a caption.</summary>
    Caption,
}
