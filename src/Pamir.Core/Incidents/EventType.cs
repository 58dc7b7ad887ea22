namespace Pamir.Core.Incidents;

/// <summary>ACLED's six event types.</summary>
public enum EventType
{
    Battles,
    ViolenceAgainstCivilians,
    ExplosionsRemoteViolence,
    Riots,
    Protests,
    StrategicDevelopments,
}
