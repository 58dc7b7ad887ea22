using Pamir.Core.Text;

namespace Pamir.Core.Relations;

/// <summary>The snake_case names of relation types, as exported ("member_of") and accepted in lexicons.</summary>
public static class RelationTypeNames
{
    public static string ToSnakeCase(this RelationType type) => SnakeCase.Of(type);

    public static RelationType? FromSnakeCase(string? name)
    {
        foreach (var type in Enum.GetValues<RelationType>())
            if (string.Equals(type.ToSnakeCase(), name?.Trim(), StringComparison.OrdinalIgnoreCase)) return type;
        return null;
    }
}
