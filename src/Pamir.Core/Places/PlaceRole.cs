namespace Pamir.Core.Places;

/// <summary>Why a place is named: where something happened, a reference point ("15 km east of X"), or where the report was filed.</summary>
public enum PlaceRole { Mentioned, Reference, Dateline }
