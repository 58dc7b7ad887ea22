namespace Pamir.Core.Time;

/// <summary>What a time expression's value was resolved against.</summary>
public enum TimeAnchor
{
    /// <summary>The text states the date in full ("19 May 2019").</summary>
    Absolute,
    /// <summary>Relative to the document's publication date ("last November").</summary>
    Publication,
    /// <summary>Relative to the latest explicit date earlier in the text (HeidelTime's narrative mode).</summary>
    Narrative,
    /// <summary>Relative to another time in the text ("two years later").</summary>
    Previous,
    /// <summary>Nothing resolved the year; month and day are kept as stated.</summary>
    Unresolved,
    /// <summary>Relative to the reference date estimated from the text's own dates, the publication date being unknown.</summary>
    Estimated,
}
