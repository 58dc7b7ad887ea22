using System.Collections.Frozen;
using Pamir.Core.Actors;
using Pamir.Core.Text;

namespace Pamir.Core.Names;

/// <summary>
/// Filters over the catalogue's keys, built once per annotator: most words are neither a form's
/// first word nor a demonym, and most lower-case words ("said", "people", "who") start only forms
/// that need a capital.
/// </summary>
internal sealed record CatalogueFilters(WordFilter FirstWords, WordFilter Demonyms, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseFirstWords)
{
    public static CatalogueFilters Of(ActorCatalogue catalogue) => new(
        new WordFilter(catalogue.FormsByFirstWord.Keys),
        new WordFilter(catalogue.DemonymLookup.Dictionary.Keys),
        catalogue.FormsByFirstWord.Where(kv => kv.Value.Any(MayMatchLowerCase)).Select(kv => kv.Key)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The form can match a first word not written with a capital (see CatalogueNames.Matches).</summary>
    private static bool MayMatchLowerCase(CatalogueForm form) =>
        form.ExactWords is { } exact ? exact[0].Length == 0 || !char.IsUpper(exact[0][0]) : !form.RequiresCapital;
}
