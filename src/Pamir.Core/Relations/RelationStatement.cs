using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Relations;

/// <summary>
/// "Source stands in Type to Target", as one document states it, with the evidence and the time
/// it held where the text gives one ("since 2021", "until 2015"). Source and Target are actor
/// names as the document resolves them; fusion maps them to actor ids. Note says what is uncertain
/// (e.g. a list whose heading the page layout leaves unclear).
/// </summary>
public sealed record RelationStatement(
    string DocumentId,
    string Source,
    string Target,
    RelationType Type,
    TextSpan Evidence,
    FuzzyDate? Since = null,
    FuzzyDate? Until = null,
    string? Note = null);
