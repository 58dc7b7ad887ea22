namespace Pamir.Core.Time;

public enum DatePrecision { Decade, Year, Month, Day }
