namespace Pamir.Core.Fusion;

/// <summary>
/// Every report of one fusion prepared for comparison but for its actors (<see cref="IncidentReportView.NameActors"/>),
/// in key order, with the names their views share.
/// </summary>
internal sealed record IncidentReportViews(List<IncidentReportView> Views, IncidentViewNames Names);
