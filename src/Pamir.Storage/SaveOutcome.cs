namespace Pamir.Storage;

public enum SaveOutcome
{
    /// <summary>A document id not stored before.</summary>
    Added,
    /// <summary>A stored document whose content or pipeline changed; its old contribution is gone.</summary>
    Replaced,
    /// <summary>The same content, analysed by the same pipeline, was already stored.</summary>
    Unchanged,
    /// <summary>The document could not be written; nothing of it was kept.</summary>
    Failed,
}
