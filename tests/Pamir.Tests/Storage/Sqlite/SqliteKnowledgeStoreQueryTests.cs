using Pamir.Core.Incidents;
using Pamir.Core.Names;
using Pamir.Core.Time;
using Pamir.Storage.Queries;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

public sealed class SqliteKnowledgeStoreQueryTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteKnowledgeStore store;

    public SqliteKnowledgeStoreQueryTests()
    {
        store = SqliteKnowledgeStore.Open(folder.File("kb.db"));
        store.Save([
            Reports.Entry(Reports.Document("passing", "The minister spoke about water, trade and, briefly, a riot last year.", "Minister on trade", new FuzzyDate(2019, 3, 2))),
            Reports.Entry(Reports.Document("focused", "The riot began at dawn. By noon the riot had spread to two more blocks of the prison.", "Prison riot in Khujand", new FuzzyDate(2018, 11, 8))),
            Reports.Entry(Reports.Document("accented", "President Rahmón met the delegation in Dushanbe.")),
        ]);
        store.ReplaceKnowledge(Reports.Knowledge(), "v1");
    }

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void A_report_about_the_riot_ranks_above_one_that_mentions_it_in_passing()
    {
        var hits = store.Search("riot", 10);

        Assert.Equal(["focused", "passing"], hits.Select(h => h.DocumentId));
        Assert.Equal("Prison riot in Khujand", hits[0].Title);
        Assert.Equal(new FuzzyDate(2018, 11, 8), hits[0].Published);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(40)]
    public void Equally_good_matches_come_in_document_id_order(int copies)
    {
        // Saved in reverse so that storage order cannot pass for id order.
        store.Save([.. Enumerable.Range(0, copies).Reverse().Select(i => Reports.Entry(Reports.Document($"flood-{i:00}", "Floodwater cut the road to Kulob.")))]);

        var hits = store.Search("Kulob", 5);

        Assert.Equal(["flood-00", "flood-01", "flood-02", "flood-03", "flood-04"], hits.Select(h => h.DocumentId));
        Assert.All(hits, h => Assert.Equal(hits[0].Score, h.Score));
        Assert.All(hits, h => Assert.Contains("to [Kulob]", h.Highlight("[", "]")));
    }

    [Fact]
    public void A_search_for_a_word_in_most_reports_returns_the_best_matches_among_the_most_recent_ones()
    {
        // The oldest report is the best match of all, then more reports mention the word than a search ranks.
        store.Save([Reports.Entry(Reports.Document("old-curfew", "Curfew. The curfew held; the curfew was lifted.", "Curfew in Khorog"))]);
        store.Save([.. Enumerable.Range(0, SqliteKnowledgeStore.RankedMatches).Select(i =>
            Reports.Entry(Reports.Document($"recent-{i:0000}", i == 4321 ? "A curfew, a second curfew." : $"Report {i} notes a curfew among other news of the day.")))]);

        var common = store.Search("curfew", 3);
        var rare = store.Search("Khorog curfew", 3);

        Assert.Equal("recent-4321", common[0].DocumentId);
        Assert.DoesNotContain("old-curfew", common.Select(h => h.DocumentId));
        Assert.Equal("old-curfew", rare.Single().DocumentId);
    }

    [Fact]
    public void The_snippet_highlights_the_matched_word()
    {
        var hit = store.Search("dawn", 1).Single();

        Assert.Contains("at [dawn]", hit.Highlight("[", "]"));
    }

    [Fact]
    public void Search_ignores_accents_and_case()
    {
        Assert.Equal("accented", store.Search("RAHMON", 5).Single().DocumentId);
    }

    [Fact]
    public void Punctuation_in_a_query_is_not_read_as_search_syntax()
    {
        Assert.Empty(store.Search("Islamic State's (IS-K) \"", 5));
        Assert.Empty(store.Search("  ;; ", 5));
        Assert.Equal("focused", store.Search("\"riot had spread\"", 5).Single().DocumentId);
    }

    [Fact]
    public void Incidents_are_filtered_by_country_type_and_date()
    {
        Assert.Equal(["protest-osh-2010"], store.Incidents(new IncidentFilter(Country: "kg")).Select(i => i.Id));
        Assert.Equal(["riot-khujand-2018-11"], store.Incidents(new IncidentFilter(Type: EventType.Riots)).Select(i => i.Id));
        Assert.Equal(["riot-khujand-2018-11"], store.Incidents(new IncidentFilter(Since: new DateOnly(2011, 1, 1))).Select(i => i.Id));
        Assert.Equal(["protest-osh-2010", "riot-khujand-2018-11"], store.Incidents(IncidentFilter.All).Select(i => i.Id));
    }

    [Fact]
    public void An_incident_dated_only_by_year_is_kept_by_a_since_date_inside_that_year()
    {
        Assert.Contains("protest-osh-2010", store.Incidents(new IncidentFilter(Since: new DateOnly(2010, 6, 1), Until: new DateOnly(2010, 6, 30))).Select(i => i.Id));
    }

    [Fact]
    public void Incidents_are_found_by_any_name_of_their_actor()
    {
        Assert.Equal(["riot-khujand-2018-11"], store.Incidents(new IncidentFilter(Actor: "daesh")).Select(i => i.Id));
        Assert.Empty(store.Incidents(new IncidentFilter(Actor: "Taliban")));
    }

    [Fact]
    public void One_incident_is_read_by_its_id()
    {
        Assert.Equal(2, store.Incident("riot-khujand-2018-11")!.Reports.Count);
        Assert.Null(store.Incident("no-such-incident"));
    }

    [Fact]
    public void An_actor_is_found_by_an_alias_whatever_its_case_and_accents()
    {
        Assert.Equal("emomali-rahmon", store.Actor("RAKHMÓN")?.Actor.Id);
        Assert.Equal("emomali-rahmon", store.Actor("emomali-rahmon")?.Actor.Id);
        Assert.Null(store.Actor("Nuriddin Rahmonov"));
    }

    [Fact]
    public void Actors_are_listed_by_kind_and_country_most_mentioned_first()
    {
        Assert.Equal(["emomali-rahmon", "islamic-state", "russia"], store.Actors(ActorFilter.All).Select(a => a.Actor.Id));
        Assert.Equal(["islamic-state"], store.Actors(new ActorFilter(Kind: ActorKind.ArmedGroup)).Select(a => a.Actor.Id));
        Assert.Equal(["russia"], store.Actors(new ActorFilter(Country: "RU")).Select(a => a.Actor.Id));
    }

    [Fact]
    public void An_actors_relations_include_those_where_it_is_the_target()
    {
        var russia = store.Relations("russia", 0, 10);

        Assert.Equal(1, russia.TotalGroups);
        Assert.Equal("Emomali Rahmon", russia.Groups.Single().OtherName);
        Assert.Empty(store.Relations("islamic-state", 0, 10).Groups);
    }

    [Fact]
    public void Claim_groups_are_found_by_words_of_their_measure()
    {
        Assert.Equal("border-length", store.ClaimGroups("Afghan BORDER").Single().Id);
        Assert.Empty(store.ClaimGroups("GDP"));
        Assert.Single(store.ClaimGroups(null));
    }
}
