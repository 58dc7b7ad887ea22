namespace Pamir.Core.KnowledgeBase;

/// <summary>Why a name form was resolved to an actor: e.g. ("Rakhmon", "transliteration kh→h").</summary>
public sealed record MergeReason(string Form, string Reason);
