using System.Text;
using Pamir.Core.Export;
using Pamir.Core.Reference;
using Pamir.Storage;

namespace Pamir.Cli.Commands;

/// <summary>`pamir export --format acled-csv`: the stored incidents in ACLED's layout, countries named from the gazetteer.</summary>
internal static class AcledCsvOutput
{
    public static void Write(Stream stream, IKnowledgeStore store)
    {
        var gazetteer = ReferenceData.Shared.Gazetteer;
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        AcledCsvExport.Write(
            writer,
            store.Knowledge().Incidents,
            id => store.Document(id)?.Document,
            code => gazetteer.Country(code) is { } country ? new AcledCsvCountry(country.Place.Name, country.Alpha3) : null,
            DateTimeOffset.UtcNow);
    }
}
