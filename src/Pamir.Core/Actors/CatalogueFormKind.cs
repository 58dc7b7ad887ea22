namespace Pamir.Core.Actors;

/// <summary>How a catalogue form is written and therefore matched.</summary>
public enum CatalogueFormKind { Name, Alias, Acronym, Code, Metonym, Demonym }
