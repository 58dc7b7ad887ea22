namespace Pamir.Core.Incidents;

/// <summary>ACLED's spelling of each event type, as exported and as accepted on the command line.</summary>
public static class EventTypeNames
{
    public static string ToAcled(this EventType type) => type switch
    {
        EventType.Battles => "Battles",
        EventType.ViolenceAgainstCivilians => "Violence against civilians",
        EventType.ExplosionsRemoteViolence => "Explosions/Remote violence",
        EventType.Riots => "Riots",
        EventType.Protests => "Protests",
        EventType.StrategicDevelopments => "Strategic developments",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown event type"),
    };

    public static EventType? FromAcled(string? name)
    {
        foreach (var type in Enum.GetValues<EventType>())
            if (string.Equals(type.ToAcled(), name?.Trim(), StringComparison.OrdinalIgnoreCase)) return type;
        return null;
    }
}
