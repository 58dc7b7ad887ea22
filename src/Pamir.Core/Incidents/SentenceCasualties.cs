namespace Pamir.Core.Incidents;

/// <summary>What one sentence says about the human toll: deaths, injuries, arrests, and stated zeros.</summary>
public sealed record SentenceCasualties
{
    public CasualtyFigure? Deaths { get; init; }
    public CasualtyFigure? Injured { get; init; }
    public CasualtyFigure? Arrested { get; init; }
    /// <summary>"No one was killed", "no casualties".</summary>
    public bool NoDeaths { get; init; }
    public bool NoInjuries { get; init; }
    /// <summary>The target survived: no deaths unless another figure says otherwise.</summary>
    public bool Survived { get; init; }

    public bool IsEmpty => Deaths is null && Injured is null && Arrested is null && !NoDeaths && !NoInjuries && !Survived;

    public static SentenceCasualties Empty { get; } = new();
}
