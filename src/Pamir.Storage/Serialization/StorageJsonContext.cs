using System.Text.Json.Serialization;
using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Relations;

namespace Pamir.Storage.Serialization;

/// <summary>
/// Compile-time metadata for every payload the store writes and reads, so that no payload type is
/// reflected over or emitted at run time (that warm-up cost most of a short ingest's serialisation time).
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<IncidentReport>))]
[JsonSerializable(typeof(IReadOnlyList<ActorMention>))]
[JsonSerializable(typeof(IReadOnlyList<RelationStatement>))]
[JsonSerializable(typeof(IReadOnlyList<Claim>))]
[JsonSerializable(typeof(List<IncidentReport>))]
[JsonSerializable(typeof(List<ActorMention>))]
[JsonSerializable(typeof(List<RelationStatement>))]
[JsonSerializable(typeof(List<Claim>))]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(ResolvedRelation))]
[JsonSerializable(typeof(ClaimGroup))]
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
