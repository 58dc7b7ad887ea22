using Pamir.Core.Claims;
using Pamir.Core.KnowledgeBase;

namespace Pamir.Core.Fusion;

/// <summary>
/// Groups claims about the same measure (and unit) across documents, with the spread of values and
/// whether any two of them conflict beyond rounding (<see cref="ClaimTolerance"/>). A group's id is
/// derived from its measure, so it is stable as documents come and go.
/// </summary>
public static class ClaimGrouping
{
    /// <param name="claims">Every document's claims, in document id order.</param>
    public static IReadOnlyList<ClaimGroup> Group(IEnumerable<Claim> claims) =>
        claims
            .GroupBy(c => (Key: NameKey.Of(c.Measure), c.Unit))
            .Select(g =>
            {
                var claims = g.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Start).ToList();
                bool conflicting = claims.SelectMany((a, i) => claims.Skip(i + 1).Select(b => (a, b))).Any(p => ClaimTolerance.Conflict(p.a, p.b));
                return new ClaimGroup(IdOf(g.Key.Key, g.Key.Unit), claims[0].Subject, claims[0].Measure, g.Key.Unit, claims,
                    claims.Min(c => c.Value), claims.Max(c => c.Upper ?? c.Value), conflicting);
            })
            .OrderBy(g => g.Id, StringComparer.Ordinal)
            .ToList();

    private static string IdOf(string measureKey, string? unit) =>
        "claim:" + measureKey.Replace(' ', '-') + (unit switch { null => "", "%" => ":percent", _ => ":" + NameKey.Of(unit).Replace(' ', '-') });
}
