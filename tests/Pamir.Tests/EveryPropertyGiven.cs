using System.Collections;
using System.Reflection;

namespace Pamir.Tests;

/// <summary>
/// The stored forms name each property they carry: a property added to a record and not to its
/// stored form would be lost in silence, unless a fixture with every detail gives it a value to lose.
/// </summary>
internal static class EveryPropertyGiven
{
    public static void In(string fixture, params object[] samples)
    {
        foreach (var sample in samples)
            foreach (var property in sample.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                Assert.True(Given(property.GetValue(sample)), $"{sample.GetType().Name}.{property.Name} has no value in {fixture}");
    }

    private static bool Given(object? value) => value switch
    {
        null => false,
        ICollection { Count: 0 } => false,
        Enum => true,
        ValueType => !value.Equals(Activator.CreateInstance(value.GetType())),
        _ => true,
    };
}
