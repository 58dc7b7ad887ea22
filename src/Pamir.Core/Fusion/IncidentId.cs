using System.Security.Cryptography;
using System.Text;

namespace Pamir.Core.Fusion;

/// <summary>
/// An incident's id: a hash of the key of its first report (ordinal order of "document#ordinal"),
/// so it is the same on every run and whatever order the documents arrived in, and survives
/// other outlets' reports joining or leaving the incident.
/// </summary>
public static class IncidentId
{
    public static string For(string firstReportKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(firstReportKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(firstReportKey));
        return "inc-" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}
