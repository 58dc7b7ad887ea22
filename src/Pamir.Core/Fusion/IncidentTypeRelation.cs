using Pamir.Core.Incidents;

namespace Pamir.Core.Fusion;

/// <summary>
/// Which event types two outlets may give the same event. One outlet's "attack" is another's
/// "bombing" or "clash", and a protest that turned violent is a riot to some; but a protest and
/// the killing that sparked it, or an attack and the arrests that followed, are different events.
/// </summary>
internal static class IncidentTypeRelation
{
    public const int Violence = 0, Unrest = 1, Strategic = 2;

    /// <summary>Types that can describe the same event share a family; fusion only compares within one.</summary>
    public static int FamilyOf(EventType type) => type switch
    {
        EventType.Battles or EventType.ViolenceAgainstCivilians or EventType.ExplosionsRemoteViolence => Violence,
        EventType.Riots or EventType.Protests => Unrest,
        _ => Strategic,
    };

    public static bool Related(EventType a, EventType b) => FamilyOf(a) == FamilyOf(b);
}
