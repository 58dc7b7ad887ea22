using Pamir.Core.Claims;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;
using Pamir.Core.Relations;
using Pamir.Core.Text;
using Pamir.Core.Time;
using Pamir.Storage.Queries;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// The queries an actor's profile is read with, on a small base about Tajikistan: four reports
/// (one undated), an alliance with Russia stated three times, incidents and a quoted figure.
/// </summary>
public sealed class ActorProfileStoreTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteKnowledgeStore store;

    public ActorProfileStoreTests()
    {
        store = SqliteKnowledgeStore.Open(folder.File("kb.db"));
        store.Save([
            Reports.Entry(Reports.Document("summit-2015", "Tajikistan and Russia renewed their alliance.", published: new FuzzyDate(2015, 1, 10))),
            Reports.Entry(Reports.Document("summit-2020", "Tajikistan called Russia its closest ally.", published: new FuzzyDate(2020, 5, 5))),
            Reports.Entry(Reports.Document("base-2018", "Tajikistan hosts a Russian base as an ally.", published: new FuzzyDate(2018, 3, 3))),
            Reports.Entry(Reports.Document("undated", "Tadjikistan borders Afghanistan.")),
        ]);
        var tajikistan = new Actor
        {
            Id = "tajikistan",
            Name = "Tajikistan",
            Kind = ActorKind.State,
            CountryCode = "TJ",
            Aliases = ["Tadjikistan"],
            MentionCount = 9,
            Documents = ["undated", "base-2018", "summit-2015", "summit-2020"],
        };
        var russia = new Actor { Id = "russia", Name = "Russia", Kind = ActorKind.State, CountryCode = "RU", MentionCount = 3, Documents = ["summit-2015"] };
        store.ReplaceKnowledge(new FusedKnowledge(
            [Incident("clash-2012", new FuzzyDate(2012, 7, 24), "Tajikistan"), Incident("clash-2019", new FuzzyDate(2019, 1, 2), "Tadjikistan"), Incident("clash-undated", null, "Tajikistan")],
            [tajikistan, russia],
            [Ally("summit-2015"), Ally("summit-2020"), Ally("base-2018"),
             new ResolvedRelation("russia", "tajikistan", new RelationStatement("base-2018", "Russia", "Tajikistan", RelationType.Partner, new TextSpan(0, 10)))],
            [new ClaimGroup("border", "Tajikistan", "length of the Afghan border", "km",
                [Border("summit-2015", 1344, 2015), Border("summit-2020", 1357, 2020), Border("base-2018", 1400, 2018), Border("undated", 1206, null)], 1206, 1400, true)]), "v1");
    }

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void An_alliance_stated_in_three_reports_is_one_line_counting_them_with_the_latest_reports_evidence()
    {
        var page = store.Relations("tajikistan", 0, 10);

        Assert.Equal(2, page.TotalGroups);
        var alliance = page.Groups[0];
        Assert.Equal(3, alliance.Statements);
        Assert.Equal("summit-2020", alliance.Latest.Statement.DocumentId);
        Assert.Equal("Russia", alliance.OtherName);
        Assert.Equal(RelationType.Partner, page.Groups[1].Latest.Statement.Type);
    }

    [Fact]
    public void A_report_dated_anew_becomes_the_latest_evidence_of_its_relation_even_before_the_next_refresh()
    {
        store.Save([Reports.Entry(Reports.Document("summit-2015", "Tajikistan and Russia renewed their alliance, the corrected report says.", published: new FuzzyDate(2023, 2, 1)))]);

        Assert.Equal("summit-2015", store.Relations("tajikistan", 0, 1).Groups.Single().Latest.Statement.DocumentId);
    }

    [Fact]
    public void Relations_come_a_page_at_a_time_with_the_total_beside_them()
    {
        var second = store.Relations("tajikistan", 1, 1);

        Assert.Equal(2, second.TotalGroups);
        Assert.Equal("russia", second.Groups.Single().Latest.SourceActorId);
        Assert.Empty(store.Relations("tajikistan", 2, 1).Groups);
        Assert.Equal(2, store.Relations("tajikistan", 2, 1).TotalGroups);
    }

    [Fact]
    public void The_actor_is_read_with_a_count_of_its_documents_and_the_knowledge_gives_them_back_as_fused()
    {
        var summary = store.Actor("TADJIKISTAN")!;

        Assert.Equal(4, summary.DocumentCount);
        Assert.Empty(summary.Actor.Documents);
        Assert.Equal(4, store.Actors(ActorFilter.All).First().DocumentCount);
        Assert.Equal(["undated", "base-2018", "summit-2015", "summit-2020"], store.Knowledge().Actors[0].Documents);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public void The_documents_that_mention_an_actor_come_newest_first_and_undated_last(int limit)
    {
        // Two ways of reading them (walking all documents by date, or sorting the actor's own) give one order.
        string[] newestFirst = ["summit-2020", "base-2018", "summit-2015", "undated"];

        Assert.Equal(newestFirst.Take(limit), store.ActorDocuments("tajikistan", limit));
    }

    [Fact]
    public void The_incidents_naming_an_actor_by_any_of_its_names_come_most_recent_first()
    {
        Assert.Equal(["clash-2019", "clash-2012", "clash-undated"], store.ActorIncidents("tajikistan", 10).Select(i => i.Id));
        Assert.Equal(["clash-2019"], store.ActorIncidents("tajikistan", 1).Select(i => i.Id));
        Assert.Empty(store.ActorIncidents("russia", 10));
    }

    [Fact]
    public void A_page_of_an_actors_incidents_lists_them_as_the_whole_listing_does_oldest_first_and_undated_last()
    {
        string[] all = ["clash-2012", "clash-2019", "clash-undated"];

        Assert.Equal(all, store.Incidents(new IncidentFilter(Actor: "Tadjikistan")).Select(i => i.Id));
        Assert.Equal(all, store.Incidents(new IncidentFilter(Actor: "Tadjikistan", Limit: 10)).Select(i => i.Id));
        Assert.Equal(all.Take(2), store.Incidents(new IncidentFilter(Actor: "tajikistan", Limit: 2)).Select(i => i.Id));
        Assert.Equal(["clash-2019"], store.Incidents(new IncidentFilter(Actor: "Tajikistan", Since: new DateOnly(2015, 1, 1), Limit: 5)).Select(i => i.Id));
        Assert.Empty(store.Incidents(new IncidentFilter(Actor: "Tajikistan", Type: EventType.Protests, Limit: 5)));
    }

    [Fact]
    public void A_figure_quoted_in_many_reports_keeps_its_spread_but_carries_only_the_latest_quotes()
    {
        var border = store.KeyFigures("tajikistan").Single();

        Assert.Equal(["summit-2020", "base-2018", "summit-2015"], border.Claims.Select(c => c.DocumentId));
        Assert.Equal((1206, 1400), (border.Min, border.Max));
        Assert.True(border.Conflicting);
        Assert.Empty(store.KeyFigures("russia"));
    }

    [Fact]
    public void A_reports_actor_mentions_are_read_by_its_id()
    {
        store.Save([Reports.Entry(Reports.Document("with-findings", "Rahmon spoke."), Reports.Findings("with-findings"))]);

        Assert.Equal("Emomali Rahmon", store.ActorMentions("with-findings").Single().Name);
        Assert.Empty(store.ActorMentions("no-such-report"));
    }

    private static Incident Incident(string id, FuzzyDate? date, string actor) => new()
    {
        Id = id,
        EventType = EventType.Battles,
        SubEventType = "Armed clash",
        Date = date,
        Actors = [actor],
        Reports = [Reports.Riot("summit-2015")],
    };

    private static ResolvedRelation Ally(string document) =>
        new("tajikistan", "russia", new RelationStatement(document, "Tajikistan", "Russia", RelationType.Ally, new TextSpan(0, 10)));

    private static Claim Border(string document, double km, int? year) =>
        new(document, "Tajikistan", "length of the Afghan border", km, "km", new TextSpan(0, 10), Published: year is int y ? new FuzzyDate(y) : null);
}
