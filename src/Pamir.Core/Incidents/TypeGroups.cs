namespace Pamir.Core.Incidents;

/// <summary>Compatibility and severity of incident types, for grouping mentions into one event.</summary>
internal static class TypeGroups
{
    public static TypeGroup Of(EventType type, string subEventType) => type switch
    {
        EventType.Riots => TypeGroup.Riot,
        EventType.Protests => TypeGroup.Protest,
        EventType.StrategicDevelopments => subEventType == "Arrests" ? TypeGroup.Arrest : TypeGroup.Strategic,
        EventType.ViolenceAgainstCivilians when subEventType == "Abduction/forced disappearance" => TypeGroup.Abduction,
        _ => TypeGroup.Violence,
    };

    public static bool Compatible(TypeGroup a, TypeGroup b) =>
        a == b
        || a == TypeGroup.Riot && b is TypeGroup.Violence or TypeGroup.Protest
        || b == TypeGroup.Riot && a is TypeGroup.Violence or TypeGroup.Protest;

    /// <summary>Within one sentence, arrests of protesters are part of the protest ("police detained 30 protesters").</summary>
    public static bool SameSentenceCompatible(TypeGroup a, TypeGroup b) =>
        Compatible(a, b) || a == TypeGroup.Arrest && b == TypeGroup.Protest || a == TypeGroup.Protest && b == TypeGroup.Arrest;

    /// <summary>The more severe type names a merged event: an assault that follows a riot makes it a battle.</summary>
    public static int Severity(EventType type) => type switch
    {
        EventType.Battles => 0,
        EventType.ExplosionsRemoteViolence => 1,
        EventType.ViolenceAgainstCivilians => 2,
        EventType.Riots => 3,
        EventType.Protests => 4,
        _ => 5,
    };
}
