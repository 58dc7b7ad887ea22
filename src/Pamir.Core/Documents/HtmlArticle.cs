using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>What an HTML page yields: its article text (paragraphs separated by a blank line), title, canonical URL and metadata date.</summary>
public sealed record HtmlArticle(string Text, string? Title, string? Url, FuzzyDate? Published);
