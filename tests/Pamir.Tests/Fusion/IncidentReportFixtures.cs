using Pamir.Core.Incidents;
using Pamir.Core.Places;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Tests.Fusion;

/// <summary>Short incident reports for fusion tests: places with real coordinates, dates as ISO prefixes.</summary>
internal static class IncidentReportFixtures
{
    public static readonly PlaceRef Vahdat = new("Vahdat", "TJ", 38.556, 69.014, 1, Kind: PlaceKind.City);
    public static readonly PlaceRef Dushanbe = new("Dushanbe", "TJ", 38.536, 68.780, 2, Kind: PlaceKind.City);
    public static readonly PlaceRef Khujand = new("Khujand", "TJ", 40.282, 69.622, 3, Kind: PlaceKind.City);
    public static readonly PlaceRef Khorog = new("Khorog", "TJ", 37.489, 71.553, 4, Kind: PlaceKind.City);
    public static readonly PlaceRef Isfara = new("Isfara", "TJ", 40.126, 70.625, 5, Kind: PlaceKind.City);
    public static readonly PlaceRef Tajikistan = new("Tajikistan", "TJ", 38.5, 71.0, 10, Kind: PlaceKind.Country);
    public static readonly PlaceRef Istanbul = new("Istanbul", "TR", 41.014, 28.950, 20, Kind: PlaceKind.City);
    public static readonly PlaceRef Turkey = new("Turkey", "TR", 39.0, 35.0, 21, Kind: PlaceKind.Country);
    public static readonly PlaceRef Moscow = new("Moscow", "RU", 55.752, 37.616, 30, Kind: PlaceKind.City);
    public static readonly PlaceRef Batken = new("Batken", "KG", 40.063, 70.819, 40, Kind: PlaceKind.City);
    public static readonly PlaceRef Kunduz = new("Kunduz", "AF", 36.728, 68.868, 50, Kind: PlaceKind.City);
    public static readonly PlaceRef Almaty = new("Almaty", "KZ", 43.250, 76.917, 60, Kind: PlaceKind.City);

    public static IncidentReport Report(
        string document,
        EventType type,
        string? date,
        PlaceRef? place,
        int? fatalities = null,
        string? subEvent = null,
        string[]? perpetrators = null,
        string[]? targets = null,
        int ordinal = 0,
        string? stated = null) => new()
    {
        DocumentId = document,
        Ordinal = ordinal,
        EventType = type,
        SubEventType = subEvent ?? DefaultSubEvent(type),
        Date = FuzzyDate.ParseIso(date),
        Place = place,
        Fatalities = fatalities,
        FatalitiesStated = stated ?? fatalities?.ToString(),
        Perpetrators = perpetrators ?? [],
        Targets = targets ?? [],
        Evidence = [new TextSpan(0, 10)],
    };

    private static string DefaultSubEvent(EventType type) => type switch
    {
        EventType.Riots => "Mob violence",
        EventType.Protests => "Peaceful protest",
        EventType.Battles => "Armed clash",
        EventType.ExplosionsRemoteViolence => "Suicide bomb",
        EventType.ViolenceAgainstCivilians => "Attack",
        _ => "Arrests",
    };
}
