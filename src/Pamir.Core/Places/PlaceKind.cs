namespace Pamir.Core.Places;

public enum PlaceKind { Country, Region, City }
