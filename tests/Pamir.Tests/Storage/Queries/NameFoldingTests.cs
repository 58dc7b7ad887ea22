using Pamir.Storage.Queries;

namespace Pamir.Tests.Storage.Queries;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Rahmón", "rahmon")]
    [InlineData("  EMOMALI   Rahmon ", "emomali rahmon")]
    [InlineData("Ҷумъахон Ботиров", "ҷумъахон ботиров")]
    [InlineData("Şahin", "sahin")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("Ӯротеппа Ёқубов", "уротеппа еқубов")]
    [InlineData("Straße", "strasse")]
    [InlineData("Rahmo\u0301n", "rahmon")]
    public void Names_fold_to_one_key_whatever_their_case_accents_and_spacing(string name, string key) =>
        Assert.Equal(key, NameFolding.Fold(name));
}
