using System.Text;

namespace Pamir.Core.Relations;

/// <summary>The snake_case names of relation types, as exported ("member_of") and accepted in lexicons.</summary>
public static class RelationTypeNames
{
    public static string ToSnakeCase(this RelationType type)
    {
        var name = type.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    public static RelationType? FromSnakeCase(string? name)
    {
        foreach (var type in Enum.GetValues<RelationType>())
            if (string.Equals(type.ToSnakeCase(), name?.Trim(), StringComparison.OrdinalIgnoreCase)) return type;
        return null;
    }
}
