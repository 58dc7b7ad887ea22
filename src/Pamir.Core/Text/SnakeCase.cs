using System.Text;

namespace Pamir.Core.Text;

/// <summary>"ArmedGroup" → "armed_group": enum names as the export contract, the lexicons and the command line spell them.</summary>
public static class SnakeCase
{
    public static string Of(Enum value)
    {
        string name = value.ToString();
        var snake = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) snake.Append('_');
            snake.Append(char.ToLowerInvariant(name[i]));
        }
        return snake.ToString();
    }
}
