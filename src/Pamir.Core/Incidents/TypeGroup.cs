namespace Pamir.Core.Incidents;

/// <summary>
/// Which incident types can be mentions of one event. Violence (battles, explosions, attacks) and
/// riots describe one event when their date and place agree ("a riot broke out … the army launched
/// an assault"), riots and protests too ("the protest turned into a riot"), and arrests of
/// protesters belong to the protest. A protest and the killing that caused it stay apart, as do an
/// abduction and an arrest.
/// </summary>
internal enum TypeGroup { Violence, Riot, Protest, Arrest, Abduction, Strategic }
