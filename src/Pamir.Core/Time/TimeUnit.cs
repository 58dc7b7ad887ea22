namespace Pamir.Core.Time;

/// <summary>The calendar unit of a relative time expression ("two years later", "last week").</summary>
internal enum TimeUnit { Day, Week, Month, Year }
