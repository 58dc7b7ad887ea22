namespace Pamir.Core.Incidents.Lexicon;

/// <summary>
/// One line of the event lexicon: a phrase (lower-case words), what it does, and for triggers and
/// refinements the ACLED event type and sub-event type. Retype, on a refinement, also changes the
/// event type (an attack on soldiers is a battle).
/// </summary>
public sealed record LexiconEntry(
    IReadOnlyList<string> Words,
    LexiconClass Class,
    EventType? EventType,
    string? SubEventType,
    LexiconFlags Flags,
    EventType? Retype = null)
{
    public bool Has(LexiconFlags flag) => (Flags & flag) == flag;

    public string Phrase => string.Join(' ', Words);
}
