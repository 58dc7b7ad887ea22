using Pamir.Core.Text;

namespace Pamir.Core.Names;

/// <summary>The exported spelling of each actor kind ("armed_group"), as the catalogue files and the command line write it.</summary>
public static class ActorKindNames
{
    public static string ToExport(this ActorKind kind) => SnakeCase.Of(kind);

    /// <summary>Reads "person", "organization"/"organisation", "armed_group" (or "armed group"), "state", "group"; null otherwise.</summary>
    public static ActorKind? Parse(string? name) => name?.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_') switch
    {
        "person" => ActorKind.Person,
        "organization" or "organisation" => ActorKind.Organization,
        "armed_group" => ActorKind.ArmedGroup,
        "state" => ActorKind.State,
        "group" => ActorKind.Group,
        _ => null,
    };
}
