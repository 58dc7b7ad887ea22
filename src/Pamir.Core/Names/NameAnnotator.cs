using Pamir.Core.Actors;
using Pamir.Core.Pipeline;
using Pamir.Core.Text;

namespace Pamir.Core.Names;

/// <summary>
/// The names layer: people, organisations, armed groups, states and collective actors named in
/// the text, from the actor catalogue and from context, each resolved to the fullest name the
/// document gives it. Runs after the places layer so that places are not taken for names.
/// </summary>
public sealed class NameAnnotator(ActorCatalogue catalogue, NameLexicon lexicon) : IAnnotator
{
    /// <summary>Separates a title from an apposition when a mention has both ("Gen.; the former police commander").</summary>
    public const string RoleSeparator = "; ";

    private readonly CatalogueFilters filters = CatalogueFilters.Of(catalogue);

    public string Name => "names";

    public void Annotate(AnalyzedDocument document) => document.Names = Find(document);

    public IReadOnlyList<NameMention> Find(AnalyzedDocument document)
    {
        var buffers = NameScanBuffers.Take();
        try
        {
            return Find(new NameScan(document, catalogue, filters, lexicon, buffers));
        }
        finally
        {
            buffers.Return();
        }
    }

    private static List<NameMention> Find(NameScan scan)
    {
        AcronymDefinitions.Find(scan);
        CatalogueNames.Find(scan);
        AcronymDefinitions.MarkUses(scan);
        ContextNames.Find(scan);
        PartialNames.Resolve(scan);
        CollectiveNames.Find(scan);
        foreach (var draft in scan.Drafts)
        {
            if (draft.Kind != ActorKind.Person) continue;
            if (draft.Role is null && Roles.Before(scan, draft.First) is { } title)
            {
                draft.Role = title.Role;
                draft.CountryCode ??= title.CountryCode;
            }
            if (Roles.Apposition(scan, draft.Last) is { } apposition)
                draft.Role = draft.Role is null ? apposition : draft.Role + RoleSeparator + apposition;
        }
        var drafts = scan.Drafts;
        var mentions = new List<NameMention>(drafts.Count);
        foreach (int k in InTextOrder(drafts))
        {
            var d = drafts[k];
            mentions.Add(new NameMention(scan.Words[d.First].Start, scan.Words[d.Last].End, d.Kind, d.Name, d.CatalogueId, d.Role, d.CountryCode));
        }
        return mentions;
    }

    /// <summary>Indices of the drafts by first word, drafts starting at the same word in the order found (a stable sort).</summary>
    private static int[] InTextOrder(List<NameDraft> drafts)
    {
        // first word and index in one key: unique keys, so the unstable sort keeps the order found
        var keys = new long[drafts.Count];
        for (int k = 0; k < keys.Length; k++) keys[k] = (long)drafts[k].First << 32 | (uint)k;
        Array.Sort(keys);
        var order = new int[keys.Length];
        for (int k = 0; k < keys.Length; k++) order[k] = (int)(uint)keys[k];
        return order;
    }
}
