using Pamir.Core.Time;

namespace Pamir.Core.Actors;

/// <summary>A key figure a source gives about the profiled actor ("length of the border: 1,344 km").</summary>
public sealed record ProfileFigure(string Measure, double Value, double? Upper, string? Unit, string? Qualifier, FuzzyDate? RefersTo, bool Conflicting, string DocumentId, string Evidence);
