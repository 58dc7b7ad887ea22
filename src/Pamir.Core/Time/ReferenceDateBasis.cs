namespace Pamir.Core.Time;

/// <summary>How a document's reference date was found.</summary>
public enum ReferenceDateBasis
{
    /// <summary>The document's publication date.</summary>
    Publication,
    /// <summary>
    /// Estimated from the text: a report is written no earlier than the latest date it states,
    /// nor earlier than its most recent undated day ("the riot on May 19" after "November 2018").
    /// </summary>
    ExplicitDates,
    /// <summary>
    /// The day of a dateline ("DUSHANBE, May 20 (Reuters) -"), the day the report was filed; its
    /// year, which the dateline leaves out, estimated from the text's dates as for <see cref="ExplicitDates"/>.
    /// </summary>
    Dateline,
}
