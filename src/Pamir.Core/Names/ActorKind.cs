namespace Pamir.Core.Names;

/// <summary>Kinds of actor, as exported ("person", "organization", "armed_group", "state", "group").</summary>
public enum ActorKind { Person, Organization, ArmedGroup, State, Group }
