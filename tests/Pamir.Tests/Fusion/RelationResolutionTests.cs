using Pamir.Core.Fusion;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Relations;
using Pamir.Core.Text;

namespace Pamir.Tests.Fusion;

public class RelationResolutionTests
{
    private static readonly Actor Tajikistan = new() { Id = "tajikistan", Name = "Tajikistan", Kind = ActorKind.State, Aliases = ["Republic of Tajikistan"], MentionCount = 9 };
    private static readonly Actor Taliban = new() { Id = "taliban", Name = "Taliban", Kind = ActorKind.ArmedGroup, Aliases = ["Islamic Emirate of Afghanistan", "IEA"], MentionCount = 4 };

    private static DocumentFindings Saying(params RelationStatement[] relations) => new("doc", [], [], relations, []);

    private static RelationStatement Statement(string source, string target) => new("doc", source, target, RelationType.Adversary, new TextSpan(0, 10));

    [Fact]
    public void Both_ends_resolve_to_actors_by_their_name_or_any_alias_whatever_the_case_and_article()
    {
        var resolved = RelationResolution.Resolve([Saying(Statement("the Republic of Tajikistan", "IEA"))], [Tajikistan, Taliban]);

        var relation = Assert.Single(resolved);
        Assert.Equal(("tajikistan", "taliban"), (relation.SourceActorId, relation.TargetActorId));
    }

    [Fact]
    public void A_statement_naming_an_unknown_actor_is_left_out_rather_than_guessed()
    {
        Assert.Empty(RelationResolution.Resolve([Saying(Statement("Tajikistan", "Some Unknown Front"))], [Tajikistan, Taliban]));
    }

    [Fact]
    public void Two_names_of_one_actor_do_not_make_it_its_own_adversary()
    {
        Assert.Empty(RelationResolution.Resolve([Saying(Statement("Taliban", "Islamic Emirate of Afghanistan"))], [Tajikistan, Taliban]));
    }
}
