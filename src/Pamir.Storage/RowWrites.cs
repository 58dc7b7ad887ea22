namespace Pamir.Storage;

/// <summary>How many rows of one kind of fused record an update of the knowledge base inserted, rewrote and deleted; every other row was left untouched.</summary>
public sealed record RowWrites(int Inserted, int Rewritten, int Deleted)
{
    public int Touched => Inserted + Rewritten + Deleted;
}
