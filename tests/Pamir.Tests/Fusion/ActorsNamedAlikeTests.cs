using Pamir.Core.Actors;
using Pamir.Core.Fusion;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Core.Text;

namespace Pamir.Tests.Fusion;

/// <summary>
/// Resolution compares the ways documents name an actor, not each document's mention: what every
/// document named alike adds (its document, its mentions) must still count, what only the first
/// adds (a name, a reason) must still name that document, and mentions that never join anything
/// must still be one actor each.
/// </summary>
public sealed class ActorsNamedAlikeTests
{
    private static ActorMention Mention(string document, string name, ActorKind kind, int spans = 1, params string[] forms) => new()
    {
        DocumentId = document,
        Name = name,
        Kind = kind,
        Forms = forms.Length == 0 ? [name] : forms,
        Spans = [.. Enumerable.Range(0, spans).Select(i => new TextSpan(i * 40, i * 40 + name.Length))],
    };

    private static DocumentFindings Findings(string document, params ActorMention[] actors) => new(document, [], actors, [], []);

    [Fact]
    public void Two_hundred_documents_naming_one_militia_alike_give_one_actor_that_lists_every_document_and_counts_every_mention()
    {
        var gathering = new FusionGathering(ReferenceData.Shared);
        // Gathered out of document order, and one document gathered again with more mentions: it counts once, as last gathered.
        foreach (int k in Enumerable.Range(0, 200).Reverse())
            gathering.Add(Findings($"m{k:000}", Mention($"m{k:000}", "Vakhsh Valley Self-Defence Brigade", ActorKind.ArmedGroup, spans: 1 + k % 4)));
        gathering.Add(Findings("m017", Mention("m017", "Vakhsh Valley Self-Defence Brigade", ActorKind.ArmedGroup, spans: 9)));

        var militia = Assert.Single(KnowledgeFusion.Fuse(gathering, []).Actors);

        Assert.Equal(Enumerable.Range(0, 200).Select(k => $"m{k:000}"), militia.Documents);
        Assert.Equal(Enumerable.Range(0, 200).Sum(k => k == 17 ? 9 : 1 + k % 4), militia.MentionCount);
        Assert.Equal(ActorKind.ArmedGroup, militia.Kind);
    }

    [Fact]
    public void A_merge_reason_names_the_first_document_whose_spelling_joined_whatever_order_the_documents_came_in()
    {
        DocumentFindings[] findings =
        [
            Findings("a", Mention("a", "Khatlon Farmers Union", ActorKind.Organization)),
            Findings("b", Mention("b", "Khatlon Farmers Union", ActorKind.Organization)),
            Findings("e", Mention("e", "Khatlon Farmers Union", ActorKind.Organization, 1, "Khatlon Farmers Union", "KFU")),
            Findings("c", Mention("c", "Khatlon Farmers Union", ActorKind.Organization, 1, "Khatlon Farmers Union", "KFU")),
            Findings("d", Mention("d", "Khatlon Farmers Union", ActorKind.Organization, 1, "Khatlon Farmers Union", "KFU")),
        ];

        foreach (var order in new[] { findings, findings.Reverse().ToArray() })
        {
            var union = Assert.Single(ActorResolution.Resolve(order, ActorCatalogue.Shipped).Actors);
            var acronym = Assert.Single(union.Merges);
            Assert.Equal("KFU", acronym.Form);
            Assert.Equal("same actor as Khatlon Farmers Union in document c (acronym, title or apposition)", acronym.Reason);
            Assert.Equal(["a", "b", "c", "d", "e"], union.Documents);
        }
    }

    [Fact]
    public void A_lone_surname_that_no_full_name_fits_stays_one_actor_per_document_and_one_that_fits_joins_with_every_document()
    {
        var apart = ActorResolution.Resolve(
            [
                Findings("a", Mention("a", "Odinayev", ActorKind.Person)),
                Findings("b", Mention("b", "Odinayev", ActorKind.Person, spans: 3)),
                Findings("c", Mention("c", "Odinayev", ActorKind.Person)),
            ], ActorCatalogue.Shipped).Actors;

        Assert.Equal(3, apart.Count);
        Assert.Equal(["a", "b", "c"], apart.SelectMany(a => a.Documents).Order());
        Assert.Equal(3, apart.Single(a => a.Documents.SequenceEqual(["b"])).MentionCount);
        Assert.Equal(3, apart.Select(a => a.Id).Distinct().Count());

        var joined = Assert.Single(ActorResolution.Resolve(
            [
                Findings("a", Mention("a", "Odinayev", ActorKind.Person)),
                Findings("b", Mention("b", "Odinayev", ActorKind.Person, spans: 3)),
                Findings("c", Mention("c", "Odinayev", ActorKind.Person)),
                Findings("d", Mention("d", "Farrukh Odinayev", ActorKind.Person)),
            ], ActorCatalogue.Shipped).Actors);

        Assert.Equal(["a", "b", "c", "d"], joined.Documents);
        Assert.Equal(6, joined.MentionCount);
        Assert.Contains(joined.Merges, m => m.Form == "Odinayev" && m.Reason.StartsWith("surname of Farrukh Odinayev", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_naming_an_unknown_body_only_by_its_acronym_stay_one_body_each()
    {
        var actors = ActorResolution.Resolve(
            [Findings("a", Mention("a", "KDF", ActorKind.Organization)), Findings("b", Mention("b", "KDF", ActorKind.Organization))],
            ActorCatalogue.Shipped).Actors;

        Assert.Equal(2, actors.Count);
        Assert.Equal(["a", "b"], actors.SelectMany(a => a.Documents).Order());
    }
}
