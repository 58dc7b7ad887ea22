namespace Pamir.Core.Documents;

/// <summary>Where a document's publication date came from; exported as "metadata", "text", "url" or "unknown".</summary>
public enum DateSource { Unknown, Metadata, Text, Url }
