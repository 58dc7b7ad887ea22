using System.Text.Json;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage.Serialization;

namespace Pamir.Tests.Storage;

/// <summary>A knowledge base as the store's JSON, item by item, so two bases can be compared whole.</summary>
internal static class KnowledgeJson
{
    public static string Of(FusedKnowledge knowledge) => string.Join('\n',
        knowledge.Incidents.Select(i => JsonSerializer.Serialize(i, StorageJson.Options))
            .Concat(knowledge.Actors.Select(a => JsonSerializer.Serialize(a, StorageJson.Options)))
            .Concat(knowledge.Relations.Select(r => JsonSerializer.Serialize(r, StorageJson.Options)))
            .Concat(knowledge.ClaimGroups.Select(g => JsonSerializer.Serialize(g, StorageJson.Options))));
}
