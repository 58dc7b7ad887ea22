using Pamir.Core.Places;

namespace Pamir.Tests.Incidents;

/// <summary>A handful of gazetteer entries for hand-built place layers.</summary>
internal static class TestPlaces
{
    public static readonly Place Tajikistan = Country(1, "Tajikistan", "TJ", 38.5, 71.0);
    public static readonly Place Kyrgyzstan = Country(2, "Kyrgyzstan", "KG", 41.0, 75.0);
    public static readonly Place Kazakhstan = Country(3, "Kazakhstan", "KZ", 48.0, 68.0);
    public static readonly Place Afghanistan = Country(4, "Afghanistan", "AF", 33.0, 65.0);
    public static readonly Place Russia = Country(5, "Russia", "RU", 60.0, 100.0);
    public static readonly Place Germany = Country(6, "Germany", "DE", 51.0, 10.0);
    public static readonly Place France = Country(7, "France", "FR", 46.0, 2.0);
    public static readonly Place Turkey = Country(8, "Turkey", "TR", 39.0, 35.0);

    public static readonly Place Dushanbe = City(101, "Dushanbe", "TJ", 38.536, 68.78);
    public static readonly Place Vahdat = City(102, "Vahdat", "TJ", 38.556, 69.014);
    public static readonly Place Khujand = City(103, "Khujand", "TJ", 40.282, 69.622);
    public static readonly Place Khorog = City(104, "Khorog", "TJ", 37.489, 71.553);
    public static readonly Place Bishkek = City(105, "Bishkek", "KG", 42.87, 74.59);
    public static readonly Place Osh = City(106, "Osh", "KG", 40.53, 72.8);
    public static readonly Place Almaty = City(107, "Almaty", "KZ", 43.25, 76.95);
    public static readonly Place Kabul = City(108, "Kabul", "AF", 34.53, 69.17);
    public static readonly Place Kunduz = City(109, "Kunduz", "AF", 36.73, 68.86);
    public static readonly Place Moscow = City(110, "Moscow", "RU", 55.756, 37.617);
    public static readonly Place Berlin = City(111, "Berlin", "DE", 52.52, 13.4);
    public static readonly Place Paris = City(112, "Paris", "FR", 48.85, 2.35);
    public static readonly Place Istanbul = City(113, "Istanbul", "TR", 41.014, 28.955);
    public static readonly Place Zhanaozen = City(114, "Zhanaozen", "KZ", 43.34, 52.86);
    public static readonly Place Takhar = new(201, "Takhar", PlaceKind.Region, "AF", 36.6, 69.6, 1_000_000);

    public static readonly IReadOnlyList<Place> All =
    [
        Tajikistan, Kyrgyzstan, Kazakhstan, Afghanistan, Russia, Germany, France, Turkey,
        Dushanbe, Vahdat, Khujand, Khorog, Bishkek, Osh, Almaty, Kabul, Kunduz, Moscow, Berlin, Paris, Istanbul, Zhanaozen, Takhar,
    ];

    private static Place Country(int id, string name, string code, double lat, double lon) => new(id, name, PlaceKind.Country, code, lat, lon, 5_000_000);

    private static Place City(int id, string name, string code, double lat, double lon) => new(id, name, PlaceKind.City, code, lat, lon, 100_000);
}
