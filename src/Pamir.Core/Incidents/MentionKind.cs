namespace Pamir.Core.Incidents;

/// <summary>How a mention was found: by an incident word, by a killing verb alone, as a war, or as a toll-only note.</summary>
internal enum MentionKind { Event, Kill, War, Note }
