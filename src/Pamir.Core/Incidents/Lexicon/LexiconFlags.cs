namespace Pamir.Core.Incidents.Lexicon;

/// <summary>Qualifiers of a lexicon entry (the data file's fifth column).</summary>
[Flags]
public enum LexiconFlags
{
    None = 0,
    /// <summary>A verb form: it never refers back to an incident the way "the riot" does.</summary>
    Verb = 1,
    /// <summary>A plural ("attacks"): on its own it needs a month-precise date or a toll.</summary>
    Plural = 2,
    /// <summary>Often figurative ("battle", "killing"): needs a place or a toll in its sentence; a weak war word ("war") only refers back.</summary>
    Weak = 4,
    /// <summary>On a stated zero: the zero is about injuries, not deaths.</summary>
    Hurt = 16,
    /// <summary>On a block entry: only right before the trigger ("political attacks").</summary>
    Near = 32,
}
