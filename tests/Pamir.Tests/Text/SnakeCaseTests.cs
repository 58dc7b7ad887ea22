using Pamir.Core.Names;
using Pamir.Core.Relations;
using Pamir.Core.Text;

namespace Pamir.Tests.Text;

public sealed class SnakeCaseTests
{
    [Fact]
    public void Relation_types_and_actor_kinds_are_spelled_in_lower_case_words_joined_by_underscores()
    {
        Assert.Equal("designated_terrorist_by", SnakeCase.Of(RelationType.DesignatedTerroristBy));
        Assert.Equal("armed_group", SnakeCase.Of(ActorKind.ArmedGroup));
        Assert.Equal("person", SnakeCase.Of(ActorKind.Person));
    }

    [Fact]
    public void Relation_type_and_actor_kind_names_read_back_what_they_write()
    {
        foreach (var type in Enum.GetValues<RelationType>())
            Assert.Equal(type, RelationTypeNames.FromSnakeCase(type.ToSnakeCase()));
        foreach (var kind in Enum.GetValues<ActorKind>())
            Assert.Equal(kind, ActorKindNames.Parse(kind.ToExport()));
    }

    [Fact]
    public void An_actor_kind_is_spelled_once_and_the_spelling_shared_by_every_mention_of_that_kind()
    {
        foreach (var kind in Enum.GetValues<ActorKind>())
        {
            Assert.Equal(SnakeCase.Of((Enum)kind), SnakeCase.Of(kind));
            Assert.Same(SnakeCase.Of(kind), kind.ToExport());
        }
    }

    [Fact]
    public void A_value_the_enum_does_not_name_is_still_spelled_from_its_number()
    {
        Assert.Equal("99", SnakeCase.Of((ActorKind)99));
    }
}
