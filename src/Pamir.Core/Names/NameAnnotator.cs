using Pamir.Core.Actors;
using Pamir.Core.Pipeline;

namespace Pamir.Core.Names;

/// <summary>
/// The names layer: people, organisations, armed groups, states and collective actors named in
/// the text, from the actor catalogue and from context, each resolved to the fullest name the
/// document gives it. Runs after the places layer so that places are not taken for names.
/// </summary>
public sealed class NameAnnotator(ActorCatalogue catalogue, NameLexicon lexicon) : IAnnotator
{
    public string Name => "names";

    public void Annotate(AnalyzedDocument document) => document.Names = Find(document);

    public IReadOnlyList<NameMention> Find(AnalyzedDocument document)
    {
        var scan = new NameScan(document, catalogue, lexicon);
        AcronymDefinitions.Find(scan);
        CatalogueNames.Find(scan);
        AcronymDefinitions.MarkUses(scan);
        ContextNames.Find(scan);
        PartialNames.Resolve(scan);
        CollectiveNames.Find(scan);
        foreach (var draft in scan.Drafts.Where(d => d.Kind == ActorKind.Person))
        {
            if (draft.Role is null && Roles.Before(scan, draft.First) is { } title)
            {
                draft.Role = title.Role;
                draft.CountryCode ??= title.CountryCode;
            }
            draft.Role ??= Roles.Apposition(scan, draft.Last);
        }
        return scan.Drafts
            .OrderBy(d => d.First)
            .Select(d => new NameMention(scan.Words[d.First].Start, scan.Words[d.Last].End, d.Kind, d.Name, d.CatalogueId, d.Role, d.CountryCode))
            .ToList();
    }
}
