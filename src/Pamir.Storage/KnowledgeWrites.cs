namespace Pamir.Storage;

/// <summary>What an update of the knowledge base wrote, per kind of fused record.</summary>
public sealed record KnowledgeWrites(RowWrites Incidents, RowWrites Actors, RowWrites Relations, RowWrites ClaimGroups)
{
    public int Touched => Incidents.Touched + Actors.Touched + Relations.Touched + ClaimGroups.Touched;
}
