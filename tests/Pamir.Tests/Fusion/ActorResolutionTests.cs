using Pamir.Core.Actors;
using Pamir.Core.Fusion;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Core.Relations;
using Pamir.Core.Text;

namespace Pamir.Tests.Fusion;

public sealed class ActorResolutionTests
{
    private static ActorMention Mention(string document, string name, ActorKind kind, string? catalogueId = null, params string[] forms) => new()
    {
        DocumentId = document,
        Name = name,
        Kind = kind,
        CatalogueId = catalogueId,
        Forms = forms.Length == 0 ? [name] : forms,
        Spans = [new TextSpan(0, name.Length)],
    };

    private static DocumentFindings Findings(string document, params ActorMention[] actors) => new(document, [], actors, [], []);

    private static ActorDirectory Resolve(params DocumentFindings[] findings) => ActorResolution.Resolve(findings, ActorCatalogue.Shipped);

    [Fact]
    public void Documents_naming_an_actor_alike_each_count_their_own_mentions_and_one_that_names_it_with_a_role_or_country_keeps_them()
    {
        var findings = Enumerable.Range(0, 40)
            .Select(k => Findings($"n{k:00}", Mention($"n{k:00}", "Committee for Religious Affairs", ActorKind.Organization) with
            {
                Spans = [.. Enumerable.Range(0, 1 + k % 3).Select(i => new TextSpan(i * 50, i * 50 + 31))],
                Roles = k == 7 ? ["regulator"] : [],
                CountryCode = k == 9 ? "TJ" : null,
            }))
            .ToArray();

        var actor = Assert.Single(Resolve(findings).Actors);

        Assert.Equal(40, actor.Documents.Count);
        Assert.Equal(Enumerable.Range(0, 40).Sum(k => 1 + k % 3), actor.MentionCount);
        Assert.Equal(["regulator"], actor.Roles);
        Assert.Equal("TJ", actor.CountryCode);
    }

    [Fact]
    public void Two_spellings_of_an_uncatalogued_exile_are_one_person_and_the_merge_says_why()
    {
        var actors = Resolve(
            Findings("a", Mention("a", "Sharofiddin Gadoev", ActorKind.Person)),
            Findings("b", Mention("b", "Sharofiddin Ghadoev", ActorKind.Person)),
            Findings("c", Mention("c", "Sharofiddin Gadoyev", ActorKind.Person))).Actors;
        var person = Assert.Single(actors);
        Assert.Equal(3, person.Documents.Count);
        Assert.Contains(person.Merges, m => m.Form == "Sharofiddin Ghadoev" && m.Reason.Contains("gh→g"));
        Assert.Contains(person.Merges, m => m.Form == "Sharofiddin Gadoyev" && m.Reason.Contains("transliteration"));
    }

    [Fact]
    public void Kh_and_h_spellings_of_a_commander_merge_and_a_lone_surname_joins_the_one_full_name_it_fits()
    {
        var actors = Resolve(
            Findings("a", Mention("a", "Bakhodur Khalilov", ActorKind.Person)),
            Findings("b", Mention("b", "Bahodur Halilov", ActorKind.Person)),
            Findings("c", Mention("c", "Halilov", ActorKind.Person))).Actors;
        var person = Assert.Single(actors);
        Assert.Contains(person.Merges, m => m.Form is "Bahodur Halilov" or "Bakhodur Khalilov" && m.Reason.Contains("kh→h"));
        Assert.Contains(person.Merges, m => m.Form == "Halilov" && m.Reason.Contains("surname of"));
    }

    [Fact]
    public void Two_thousand_documents_naming_one_person_two_ways_make_one_actor_and_a_namesake_with_another_given_name_stays_apart()
    {
        var findings = Enumerable.Range(0, 2000)
            .Select(k => Findings($"d{k:0000}", Mention($"d{k:0000}", k % 3 == 0 ? "Umarali Kuvvatov" : "Umarali Quvvatov", ActorKind.Person)))
            .Concat(Enumerable.Range(0, 50).Select(k => Findings($"e{k:00}", Mention($"e{k:00}", "Rustam Kuvvatov", ActorKind.Person))))
            .ToArray();

        var actors = Resolve(findings).Actors;

        Assert.Equal(2, actors.Count);
        Assert.Equal(2000, Assert.Single(actors, a => a.Name.StartsWith("Umarali")).Documents.Count);
        Assert.Equal(50, Assert.Single(actors, a => a.Name == "Rustam Kuvvatov").Documents.Count);
    }

    [Fact]
    public void A_spelling_that_fits_only_a_later_form_of_a_name_still_joins_once_that_form_has()
    {
        // "Davlat Usmon" and "Davlati Usmonov" differ at both ends, so they are not taken as one
        // person directly; once "Davlat Usmonov" has joined the first, the second fits it.
        var actors = Resolve(
            Findings("a", Mention("a", "Davlat Usmon", ActorKind.Person)),
            Findings("b", Mention("b", "Davlati Usmonov", ActorKind.Person)),
            Findings("c", Mention("c", "Davlat Usmonov", ActorKind.Person)),
            Findings("d", Mention("d", "Davlati Usmonov", ActorKind.Person))).Actors;

        var person = Assert.Single(actors);
        Assert.Equal(["a", "b", "c", "d"], person.Documents);
        Assert.Contains(person.Merges, m => m.Reason.Contains("linking -i"));
    }

    [Fact]
    public void A_surname_ending_is_ignored_only_when_the_given_name_matches()
    {
        var actors = Resolve(
            Findings("a", Mention("a", "Davlat Usmonov", ActorKind.Person)),
            Findings("b", Mention("b", "Davlat Usmon", ActorKind.Person)),
            Findings("c", Mention("c", "Rustam Usmon", ActorKind.Person))).Actors;
        Assert.Equal(2, actors.Count);
        var davlat = Assert.Single(actors, a => a.Name.StartsWith("Davlat"));
        Assert.Contains(davlat.Merges, m => m.Reason.Contains("surname ending"));
    }

    [Fact]
    public void A_surname_two_people_go_by_names_in_each_document_the_person_that_document_writes_about()
    {
        var directory = Resolve(
            Findings("a", Mention("a", "Davlat Usmonov", ActorKind.Person, null, "Davlat Usmonov", "Usmonov")),
            Findings("b", Mention("b", "Rustam Usmonov", ActorKind.Person, null, "Rustam Usmonov", "Usmonov")));
        Assert.Equal(2, directory.Actors.Count);
        string davlat = Assert.Single(directory.Actors, a => a.Name == "Davlat Usmonov").Id;
        string rustam = Assert.Single(directory.Actors, a => a.Name == "Rustam Usmonov").Id;
        Assert.Equal(davlat, directory.IdOf("a", "Usmonov"));
        Assert.Equal(rustam, directory.IdOf("b", "Usmonov"));
        Assert.Equal(rustam, directory.IdOf("a", "Rustam Usmonov"));
        // A third document's "Usmonov" could be either of them.
        Assert.Null(directory.IdOf("c", "Usmonov"));
    }

    [Fact]
    public void Nuriddin_Rahmonov_is_not_Emomali_Rahmon()
    {
        var directory = Resolve(
            Findings("a", Mention("a", "Emomali Rahmon", ActorKind.Person, "emomali-rahmon", "Emomali Rahmon", "Rahmon")),
            Findings("b", Mention("b", "Nuriddin Rahmonov", ActorKind.Person, null, "Nuriddin Rahmonov", "Rahmonov")));
        Assert.Equal(2, directory.Actors.Count);
        Assert.NotEqual(directory.IdOf("a", "Rahmon"), directory.IdOf("b", "Nuriddin Rahmonov"));
        Assert.Equal(directory.IdOf("b", "Rahmonov"), directory.IdOf("b", "Nuriddin Rahmonov"));
    }

    [Fact]
    public void ISIS_K_stays_apart_from_the_Islamic_State()
    {
        var actors = Resolve(
            Findings("a", Mention("a", "Islamic State", ActorKind.ArmedGroup, "islamic-state", "ISIS", "Islamic State")),
            Findings("b", Mention("b", "ISIS-K", ActorKind.ArmedGroup, "isis-k", "ISIS-K", "Khorasan Province"))).Actors;
        Assert.Equal(2, actors.Count);
        Assert.DoesNotContain(actors.Single(a => a.Id == "islamic-state").Aliases, a => a.Contains("Khorasan"));
    }

    [Fact]
    public void A_catalogued_actor_collects_every_spelling_with_the_catalogue_as_reason()
    {
        var actor = Assert.Single(Resolve(
            Findings("a", Mention("a", "Umarali Quvvatov", ActorKind.Person, "umarali-quvvatov", "Umarali Quvvatov", "Quvvatov")),
            Findings("b", Mention("b", "Umarali Kuvvatov", ActorKind.Person, null, "Umarali Kuvvatov", "Kuvvatov"))).Actors);
        Assert.Equal("umarali-quvvatov", actor.Id);
        Assert.Equal(["a", "b"], actor.Documents);
        Assert.All(actor.Merges, m => Assert.False(string.IsNullOrEmpty(m.Reason)));
        Assert.Contains("Kuvvatov", actor.Aliases);
    }

    [Fact]
    public void An_uncatalogued_organisation_written_alike_in_two_reports_is_one_actor()
    {
        var actors = Resolve(
            Findings("a", Mention("a", "Movement for Reform and Development", ActorKind.Organization, null, "Movement for Reform and Development", "MRD")),
            Findings("b", Mention("b", "Movement for Reform and Development", ActorKind.Organization))).Actors;
        var actor = Assert.Single(actors);
        Assert.Equal("movement-for-reform-and-development", actor.Id);
        Assert.Equal(2, actor.MentionCount);
    }

    [Fact]
    public void A_bare_acronym_is_not_enough_to_merge_two_unknown_bodies()
    {
        var actors = Resolve(
            Findings("a", Mention("a", "Popular Resistance Council", ActorKind.Organization, null, "Popular Resistance Council", "PRC")),
            Findings("b", Mention("b", "Public Reform Committee", ActorKind.Organization, null, "Public Reform Committee", "PRC"))).Actors;
        Assert.Equal(2, actors.Count);
    }

    [Fact]
    public void Collective_actors_of_different_countries_stay_apart()
    {
        var actors = Resolve(
            Findings("a", Mention("a", "border guards", ActorKind.Group) with { CountryCode = "TJ" }),
            Findings("b", Mention("b", "border guards", ActorKind.Group) with { CountryCode = "KG" })).Actors;
        Assert.Equal(2, actors.Count);
        Assert.Equal(2, actors.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void A_state_a_relation_names_becomes_an_actor_with_its_codes_as_aliases()
    {
        var findings = new DocumentFindings("p", [], [],
            [new RelationStatement("p", "Tajikistan", "RUS", RelationType.Ally, new TextSpan(10, 13))], []);
        var directory = ActorResolution.Resolve([findings], ActorCatalogue.Shipped);
        Assert.Equal("russia", directory.IdOf("p", "RUS"));
        Assert.Equal("tajikistan", directory.IdOf("p", "Tajikistan"));
        var russia = directory.Actors.Single(a => a.Id == "russia");
        Assert.Equal(ActorKind.State, russia.Kind);
        Assert.Contains("RUS", russia.Aliases);
        Assert.Contains("Russian Federation", russia.Aliases);
    }

    [Fact]
    public void The_same_findings_always_give_the_same_actors()
    {
        DocumentFindings[] findings =
        [
            Findings("b", Mention("b", "Farrukh Nazarov", ActorKind.Person), Mention("b", "Tavhid Brigade", ActorKind.ArmedGroup)),
            Findings("a", Mention("a", "Farrukh Nazarov", ActorKind.Person)),
        ];
        var first = Resolve(findings).Actors.Select(a => (a.Id, a.Name, a.MentionCount)).ToList();
        var again = Resolve([.. findings.Reverse()]).Actors.Select(a => (a.Id, a.Name, a.MentionCount)).ToList();
        Assert.Equal(first, again);
    }

    [Fact]
    public void Actors_whose_names_make_one_id_are_told_apart_in_name_order_whichever_core_builds_them()
    {
        // Student groups of three countries, and a person and a party that write one name, all
        // share the id "ali-nur" or "students": the first in canonical order keeps it, the others
        // are qualified, however the actors were built across cores.
        DocumentFindings[] findings =
        [
            Findings("a", Mention("a", "students", ActorKind.Group) with { CountryCode = "TJ" }, Mention("a", "Ali Nur", ActorKind.Person)),
            Findings("b", Mention("b", "students", ActorKind.Group) with { CountryCode = "KG" }, Mention("b", "Ali-Nur", ActorKind.Organization)),
            Findings("c", Mention("c", "students", ActorKind.Group) with { CountryCode = "UZ" }),
            .. Enumerable.Range(0, 300).Select(k => Findings($"x{k:000}", Mention($"x{k:000}", $"Committee {k:000}", ActorKind.Organization))),
        ];
        string[] expected = ["ali-nur", "ali-nur-organization", "students", "students-group-kg", "students-group-uz"];

        for (int round = 0; round < 20; round++)
        {
            var ids = Resolve(round % 2 == 0 ? findings : [.. Enumerable.Reverse(findings)]).Actors.Select(a => a.Id).ToList();
            Assert.Equal(expected, ids.Where(id => id.StartsWith("ali-nur") || id.StartsWith("students")).Order(StringComparer.Ordinal));
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Fact]
    public void People_of_many_surnames_merged_on_several_cores_are_the_same_people_with_the_same_reasons_whichever_order_the_reports_came_in()
    {
        // Thirty surnames, each borne by three men written in several spellings, some reports
        // naming only the surname: the people of each surname are merged beside the others.
        string[] roots = ["Qodir", "Khalil", "Ghafur", "Nazar", "Karim", "Sharif", "Rahim", "Said", "Yusuf", "Mirzo"];
        string[] endings = ["ov", "zoda", "i"];
        string[] given = ["Davlat", "Rustam", "Umarali"];
        var findings = new List<DocumentFindings>();
        int document = 0;
        foreach (var root in roots)
            foreach (var ending in endings)
                foreach (var name in given)
                    for (int k = 0; k < 4; k++)
                    {
                        string surname = Spelling(root + ending, k);
                        string id = $"d{document++:0000}";
                        string written = k == 3 ? surname : $"{Spelling(name, k)} {surname}";
                        findings.Add(Findings(id, Mention(id, written, ActorKind.Person)));
                    }
        var shuffled = findings.OrderBy(f => f.DocumentId.GetHashCode(StringComparison.Ordinal)).ToArray();

        var first = Snapshot(Resolve([.. findings]));
        Assert.True(first.Count < findings.Count / 2, "the spellings of one man make one actor");
        for (int round = 0; round < 6; round++)
            Assert.Equal(first, Snapshot(Resolve(round % 2 == 0 ? shuffled : [.. Enumerable.Reverse(findings)])));

        static string Spelling(string word, int variant) => variant switch
        {
            1 => word.Replace("Q", "K").Replace("Kh", "H"),
            2 => word.Replace("Gh", "G").Replace("q", "k"),
            _ => word,
        };

        static List<string> Snapshot(ActorDirectory directory) =>
            [.. directory.Actors.Select(a => $"{a.Id} | {a.Name} | {string.Join(", ", a.Documents)} | {string.Join("; ", a.Merges.Select(m => $"{m.Form}: {m.Reason}"))}")];
    }

    [Fact]
    public void An_uncatalogued_actor_is_named_kinded_and_placed_by_most_of_its_mentions()
    {
        // One organisation written alike in five reports: the fullest name wins, then the most
        // mentioned; the kind and country most reports give, the first declared or in order on a tie.
        var actor = Assert.Single(Resolve(
            Findings("a", Mention("a", "Zarafshon Workers Union", ActorKind.Organization, null, "Zarafshon Workers Union", "Workers Union") with { CountryCode = "UZ" }),
            Findings("b", Mention("b", "Zarafshon Workers' Union", ActorKind.ArmedGroup, null, "Zarafshon Workers' Union", "Workers Union") with { CountryCode = "TJ" }),
            Findings("c", Mention("c", "Zarafshon Workers' Union", ActorKind.ArmedGroup, null, "Zarafshon Workers' Union") with { CountryCode = "TJ" }),
            Findings("d", Mention("d", "Workers Union", ActorKind.Organization) with { CountryCode = "UZ" }),
            Findings("e", Mention("e", "Workers Union", ActorKind.Organization))).Actors);

        Assert.Equal("Zarafshon Workers' Union", actor.Name);
        Assert.Equal(ActorKind.Organization, actor.Kind);
        Assert.Equal("TJ", actor.CountryCode);
        Assert.Equal(["a", "b", "c", "d", "e"], actor.Documents);
    }

    [Fact]
    public void A_mention_is_matched_to_the_catalogue_as_it_is_gathered_and_a_document_gathered_again_takes_its_match_back()
    {
        var gathering = new FusionGathering(ReferenceData.Shared);
        gathering.Add(Findings("a", Mention("a", "Islamic State", ActorKind.ArmedGroup)));
        gathering.Add(Findings("b", Mention("b", "Islamic State", ActorKind.ArmedGroup)));
        gathering.Add(Findings("b", Mention("b", "Desert Lions", ActorKind.ArmedGroup)));

        var actors = KnowledgeFusion.Fuse(gathering, []).Actors;

        var state = Assert.Single(actors, a => a.Id == "islamic-state");
        Assert.Equal(["a"], state.Documents);
        Assert.Equal(["b"], Assert.Single(actors, a => a.Name == "Desert Lions").Documents);
    }

    [Fact]
    public void Reports_about_one_man_in_several_spellings_resolve_to_him_end_to_end()
    {
        var a = Pamir.Tests.Names.Reports.Document("Opposition leader Mukhiddin Kabiri spoke in Warsaw. Kabiri called for talks.", "a");
        var b = Pamir.Tests.Names.Reports.Document("Muhiddin Kabiri, the party's chairman, denied the charges.", "b");
        var extractor = new ActorExtractor();
        var directory = ActorResolution.Resolve([new("a", [], extractor.Extract(a), [], []), new("b", [], extractor.Extract(b), [], [])], ActorCatalogue.Shipped);
        var kabiri = Assert.Single(directory.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Muhiddin Kabiri", kabiri.Name);
        Assert.Contains("Opposition leader", kabiri.Roles);
        Assert.Contains("the party's chairman", kabiri.Roles);
    }
}
