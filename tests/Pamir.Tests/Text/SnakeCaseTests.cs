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
}
