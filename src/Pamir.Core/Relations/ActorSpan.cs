namespace Pamir.Core.Relations;

/// <summary>An actor named in the text (a name mention, or a country acting as a state) with the name relations use for it.</summary>
public readonly record struct ActorSpan(int Start, int End, string Name);
