using System.Collections.Frozen;
using Pamir.Core.Incidents;
using Pamir.Core.Places;
using Pamir.Core.Time;

namespace Pamir.Core.Export;

/// <summary>ACLED's codes for precision, disorder type and actor type, as its codebook defines them.</summary>
internal static class AcledCsvCodes
{
    /// <summary>1: the day is known; 2: a week or a few days; 3: only the month or a longer period.</summary>
    public static string TimePrecision(FuzzyDate date) => date.Precision == DatePrecision.Day ? "1" : "3";

    /// <summary>
    /// The one day ACLED's event_date needs: the day itself, else the middle of the month or year
    /// the date names, with time_precision saying how wide the period is.
    /// </summary>
    public static DateOnly EventDate(FuzzyDate date)
    {
        var first = date.First!.Value;
        var last = date.Last!.Value;
        return first.AddDays((last.DayNumber - first.DayNumber) / 2);
    }

    public static string DisorderType(EventType type, string subEventType) => type switch
    {
        EventType.Protests => "Demonstrations",
        EventType.Riots when subEventType.Equals("Violent demonstration", StringComparison.OrdinalIgnoreCase) => "Demonstrations",
        EventType.ViolenceAgainstCivilians when subEventType.Equals("Excessive force against protesters", StringComparison.OrdinalIgnoreCase)
            => "Political violence; Demonstrations",
        EventType.StrategicDevelopments => "Strategic developments",
        _ => "Political violence",
    };

    /// <summary>1 for a town or city, 3 for a region or a whole country; empty when the place is unknown.</summary>
    public static string GeoPrecision(PlaceRef? place) => place is null ? "" : place.Kind switch
    {
        PlaceKind.Region or PlaceKind.Country => "3",
        _ => "1",
    };

    /// <summary>
    /// ACLED's actor type ("inter") from an actor's name: 1 state forces, 2 rebel groups, 3 political
    /// militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces;
    /// null when the name does not say.
    /// </summary>
    public static int? ActorType(string actor)
    {
        int? found = null;
        foreach (var word in actor.ToLowerInvariant().Split([' ', '-', ',', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries))
            if (ActorWords.TryGetValue(word, out int code) && (found is null || code < found)) found = code;
        return found;
    }

    /// <summary>ACLED's interaction code: the two actor types, lower first; one type times ten when the event has one actor.</summary>
    public static string Interaction(int? inter1, int? inter2) => (inter1, inter2) switch
    {
        (int a, int b) => $"{Math.Min(a, b)}{Math.Max(a, b)}",
        (int a, null) => $"{a}0",
        (null, int b) => $"{b}0",
        _ => "",
    };

    private static readonly FrozenDictionary<string, int> ActorWords = new Dictionary<string, int>
    {
        ["police"] = 1, ["policemen"] = 1, ["army"] = 1, ["military"] = 1, ["soldiers"] = 1, ["soldier"] = 1,
        ["troops"] = 1, ["forces"] = 1, ["guards"] = 1, ["guard"] = 1, ["government"] = 1, ["ministry"] = 1,
        ["gendarmerie"] = 1, ["fsb"] = 1, ["gknb"] = 1, ["nsc"] = 1, ["officers"] = 1, ["authorities"] = 1,
        ["militants"] = 2, ["insurgents"] = 2, ["rebels"] = 2, ["jihadists"] = 2, ["islamic"] = 2, ["state"] = 2,
        ["isis"] = 2, ["isil"] = 2, ["is"] = 2, ["daesh"] = 2, ["taliban"] = 2, ["qaeda"] = 2, ["fighters"] = 2,
        ["terrorists"] = 2, ["security"] = 1, ["gunmen"] = 3, ["attackers"] = 3,
        ["militia"] = 3, ["militias"] = 3, ["warlords"] = 3, ["warlord"] = 3, ["commanders"] = 3,
        ["clan"] = 4, ["tribal"] = 4, ["villagers"] = 4, ["ethnic"] = 4,
        ["rioters"] = 5, ["inmates"] = 5, ["prisoners"] = 5, ["mob"] = 5, ["convicts"] = 5,
        ["protesters"] = 6, ["demonstrators"] = 6, ["protestors"] = 6,
        ["civilians"] = 7, ["civilian"] = 7, ["tourists"] = 7, ["cyclists"] = 7, ["journalist"] = 7, ["journalists"] = 7,
        ["residents"] = 7, ["worshippers"] = 7, ["children"] = 7, ["women"] = 7, ["students"] = 7, ["migrants"] = 7,
        ["concertgoers"] = 7, ["passengers"] = 7, ["dissident"] = 7, ["activist"] = 7, ["activists"] = 7,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
