using System.Security.Cryptography;
using System.Text;
using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.Documents;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Relations;
using Pamir.Core.Text;
using Pamir.Core.Time;
using Pamir.Storage;

namespace Pamir.Tests.Storage;

/// <summary>Short made-up reports and findings for storage tests.</summary>
internal static class Reports
{
    public const string Pipeline = "test-pipeline";

    public static SourceDocument Document(string id, string text, string? title = null, FuzzyDate? published = null) => new()
    {
        Id = id,
        Source = $"reports/{id}.txt",
        Title = title,
        Text = text,
        Published = published,
        PublishedSource = published is null ? DateSource.Unknown : DateSource.Metadata,
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{title}\u0000{text}"))),
    };

    public static IncidentReport Riot(string documentId, int ordinal = 0, int? fatalities = 3) => new()
    {
        DocumentId = documentId,
        Ordinal = ordinal,
        EventType = EventType.Riots,
        SubEventType = "Mob violence",
        Date = new FuzzyDate(2018, 11, 7),
        Place = new PlaceRef("Khujand", "TJ", 40.28, 69.62, 1514879, "Sughd"),
        Fatalities = fatalities,
        FatalitiesStated = fatalities is null ? null : $"at least {fatalities}",
        Perpetrators = ["inmates"],
        Evidence = [new TextSpan(0, 20)],
    };

    public static DocumentFindings Findings(string documentId) => new(
        documentId,
        [Riot(documentId)],
        [new ActorMention { DocumentId = documentId, Name = "Emomali Rahmon", Kind = ActorKind.Person, CountryCode = "TJ", Forms = ["Rahmon"], Roles = ["President"], Spans = [new TextSpan(5, 19)] }],
        [new RelationStatement(documentId, "Tajikistan", "Russia", RelationType.Ally, new TextSpan(0, 10), Since: new FuzzyDate(1990, IsDecade: true))],
        [new Claim(documentId, "Tajikistan", "length of the Tajik-Afghan border", 1344, "km", new TextSpan(3, 30), Qualifier: "about", RefersTo: new FuzzyDate(null, 5, 19))]);

    public static AnalyzedEntry Entry(SourceDocument document, DocumentFindings? findings = null) =>
        new(document, findings ?? DocumentFindings.Empty(document.Id), Pipeline);

    public static FusedKnowledge Knowledge()
    {
        var rahmon = new Actor
        {
            Id = "emomali-rahmon",
            Name = "Emomali Rahmon",
            Kind = ActorKind.Person,
            CountryCode = "TJ",
            Aliases = ["Rakhmon", "Rahmonov"],
            Roles = ["President"],
            MentionCount = 7,
            Documents = ["a"],
            Merges = [new MergeReason("Rakhmon", "transliteration kh→h")],
        };
        var islamicState = new Actor { Id = "islamic-state", Name = "Islamic State", Kind = ActorKind.ArmedGroup, Aliases = ["ISIS", "Daesh"], MentionCount = 4 };
        var russia = new Actor { Id = "russia", Name = "Russia", Kind = ActorKind.State, CountryCode = "RU", MentionCount = 2 };
        var khujand = new Incident
        {
            Id = "riot-khujand-2018-11",
            EventType = EventType.Riots,
            SubEventType = "Mob violence",
            Date = new FuzzyDate(2018, 11, 7),
            Place = new PlaceRef("Khujand", "TJ", 40.28, 69.62),
            Fatalities = 21,
            FatalitiesMin = 21,
            FatalitiesMax = 26,
            Actors = ["Islamic State"],
            Reports = [Riot("a", fatalities: 21), Riot("b", fatalities: 26)],
            Conflicts = [new FieldConflict("fatalities", new Dictionary<string, IReadOnlyList<string>> { ["21"] = ["a"], ["26"] = ["b"] })],
            Flags = ["fatalities differ"],
        };
        var osh = new Incident
        {
            Id = "protest-osh-2010",
            EventType = EventType.Protests,
            SubEventType = "Peaceful protest",
            Date = new FuzzyDate(2010),
            Place = new PlaceRef("Osh", "KG"),
            Reports = [Riot("c") with { EventType = EventType.Protests }],
        };
        var border = new Claim("a", "Tajikistan", "length of the Tajik-Afghan border", 1344, "km", new TextSpan(0, 12));
        return new FusedKnowledge(
            [khujand, osh],
            [rahmon, islamicState, russia],
            [new ResolvedRelation("emomali-rahmon", "russia", new RelationStatement("a", "Rahmon", "Russia", RelationType.Ally, new TextSpan(2, 9)))],
            [new ClaimGroup("border-length", "Tajikistan", "length of the Tajik-Afghan border", "km", [border, border with { DocumentId = "b", Value = 1400 }], 1344, 1400, true)]);
    }
}
