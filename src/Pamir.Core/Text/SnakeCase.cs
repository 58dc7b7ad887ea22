using System.Text;

namespace Pamir.Core.Text;

/// <summary>"ArmedGroup" → "armed_group": enum names as the export contract, the lexicons and the command line spell them.</summary>
public static class SnakeCase
{
    /// <summary>The spelling of a named value is made once per enum type and shared: actor keys and exports ask for it per mention.</summary>
    public static string Of<T>(T value) where T : struct, Enum =>
        Spellings<T>.Named.TryGetValue(value, out var spelled) ? spelled : Of((Enum)value);

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

    private static class Spellings<T> where T : struct, Enum
    {
        // Read only once built, so safe to share between threads.
        public static readonly Dictionary<T, string> Named = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => Of((Enum)v));
    }
}
