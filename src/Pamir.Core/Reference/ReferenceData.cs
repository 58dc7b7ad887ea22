using Pamir.Core.Incidents.Lexicon;
using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.Names;
using Pamir.Core.Relations;
using Pamir.Core.Places;

namespace Pamir.Core.Reference;

/// <summary>
/// The reference data the analysers read (gazetteer, actor catalogue, lexicons): loaded once from
/// the data shipped inside the assembly, immutable afterwards.
/// </summary>
public sealed class ReferenceData
{
    private static readonly Lazy<ReferenceData> Loaded = new(Load);

    public static ReferenceData Shared => Loaded.Value;

    public static ReferenceData Load()
    {
        // Every command that analyses waits for this; the parts are independent, and the
        // gazetteer alone (108k names to decompress, parse and index) takes about as long as the rest.
        var gazetteer = Task.Run(Gazetteer.LoadShipped);
        var actors = Task.Run(() => ActorCatalogue.Shipped);
        var names = Task.Run(() => NameLexicon.Shipped);
        var events = EventLexicon.LoadEmbedded();
        var relations = RelationLexicon.Load();
        var claims = ClaimLexicon.Load();
        return new()
        {
            Gazetteer = gazetteer.GetAwaiter().GetResult(),
            Events = events,
            Relations = relations,
            Claims = claims,
            Actors = actors.GetAwaiter().GetResult(),
            NameLexicon = names.GetAwaiter().GetResult(),
        };
    }

    /// <summary>Countries, regions and populated places (GeoNames), for the place finder.</summary>
    public required Gazetteer Gazetteer { get; init; }

    /// <summary>The event lexicon: incident triggers and their cues (data/lexicons/events.tsv).</summary>
    public required EventLexicon Events { get; init; }

    /// <summary>The actor catalogue (data/actors/*.tsv, plus the files in PAMIR_ACTORS).</summary>
    public ActorCatalogue Actors { get; init; } = ActorCatalogue.Shipped;

    /// <summary>Titles, organisation words, collective actors and name shapes for names outside the catalogue.</summary>
    public NameLexicon NameLexicon { get; init; } = NameLexicon.Shipped;

    /// <summary>Words that state relations between actors, and profile list headings.</summary>
    public required RelationLexicon Relations { get; init; }

    /// <summary>Measure nouns, fractions and qualifiers for key figures.</summary>
    public required ClaimLexicon Claims { get; init; }
}
