using Pamir.Core.Names;

namespace Pamir.Storage.Queries;

/// <summary>Which actors to list, most mentioned first.</summary>
public sealed record ActorFilter(ActorKind? Kind = null, string? Country = null, int? Limit = null)
{
    public static ActorFilter All { get; } = new();
}
