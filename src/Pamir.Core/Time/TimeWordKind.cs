namespace Pamir.Core.Time;

internal enum TimeWordKind { Month, Weekday, Season, Unit, Deictic }
