namespace Pamir.Core.Incidents;

/// <summary>
/// A count of people killed, injured or arrested as one sentence states it. Value is null when the
/// count is vague ("dozens"); Complete is false when part of it is vague ("he was killed, as were
/// several civilians"), so that it never beats a full figure. Start/End cover the stated phrase.
/// </summary>
public readonly record struct CasualtyFigure(int? Value, bool Complete, int Start, int End);
