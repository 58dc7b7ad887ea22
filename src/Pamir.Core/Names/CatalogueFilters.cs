using Pamir.Core.Text;

namespace Pamir.Core.Names;

/// <summary>Bit filters over the catalogue's keys, built once per annotator: most words are neither a form's first word nor a demonym.</summary>
internal sealed record CatalogueFilters(WordFilter FirstWords, WordFilter Demonyms);
