namespace Pamir.Tests.Incidents;

/// <summary>
/// Short news reports written for these tests (several countries, wire style and background
/// style), with the incident reports a careful reader takes from each: type, date, place and toll.
/// </summary>
internal static class RegressionCorpus
{
    public sealed record Expected(string EventType, string? Date, string? Place, int? Fatalities);

    public sealed record Report(string Id, string? Published, string Text, IReadOnlyList<Expected> Incidents);

    public static readonly IReadOnlyList<Report> Reports =
    [
        new("kg-osh-prices", "2023-02-12",
            """
            Police detain protesters in Osh

            OSH, Kyrgyzstan, Feb 12 — Police in Osh detained 15 people on Saturday after several hundred residents gathered outside the city administration to protest against higher electricity prices.

            No one was hurt, a police spokesman said. The regional governor promised to review the new tariffs.
            """,
            [new("Protests", "2023-02-11", "Osh", null)]),

        new("tj-border-clash", "2022-09-18",
            """
            Deadly fighting on the Tajik-Kyrgyz border

            Border guards of Tajikistan and Kyrgyzstan exchanged fire near the village of Ovchi-Kalacha on Friday, officials in Dushanbe said.

            At least 24 people were killed and 87 injured in the clashes, according to the Tajik interior ministry. Kyrgyz officials gave a higher toll of 59 dead.

            The two countries have argued over their border since the collapse of the Soviet Union.
            """,
            [new("Battles", "2022-09-16", "Tajikistan", 24)]),

        new("kz-zhanaozen", null,
            """
            Ten years after Zhanaozen

            On 16 December 2011, police opened fire on striking oil workers in the western town of Zhanaozen. At least 14 people were killed, according to the official figures, and more than 100 were injured.

            Activists say the real toll was much higher. The government has never allowed an independent inquiry, and the threat of new protests still worries the authorities.
            """,
            [new("Violence against civilians", "2011-12-16", "Zhanaozen", 14)]),

        new("af-kunduz-bomb", "2021-10-09",
            """
            Suicide bomber strikes mosque in Kunduz

            KUNDUZ, Afghanistan (wire) — A suicide bomber blew himself up inside a Shia mosque in the northern city of Kunduz during Friday prayers, killing at least 46 worshippers and wounding 143, hospital officials said.

            The Islamic State's regional branch said it carried out the bombing. The Taliban, who took power in August, promised to protect the Shia minority.
            """,
            [new("Explosions/Remote violence", "2021-10-08", "Kunduz", 46)]),

        new("ru-crocus", "2024-03-23",
            """
            Gunmen attack concert hall near Moscow

            Gunmen in camouflage opened fire on concert-goers at Crocus City Hall near Moscow on Friday evening and then set the building on fire.

            The death toll rose to 133 on Saturday, the Investigative Committee said. Eleven people have been detained, including four suspected gunmen, all of them citizens of Tajikistan.
            """,
            [new("Violence against civilians", "2024-03-22", "Moscow", 133)]),

        new("de-solingen", "2024-08-25",
            """
            Knife attack at a city festival

            A man stabbed three people to death and wounded eight others at a festival in the German city of Solingen on Friday night. Police arrested a 26-year-old Syrian man on Saturday.

            The Islamic State group claimed responsibility for the attack. Chancellor Olaf Scholz called it an act of terror.
            """,
            [new("Violence against civilians", "2024-08-23", "Solingen", 3)]),

        new("fr-nanterre", "2023-07-02",
            """
            France counts the cost of a week of riots

            Riots broke out in Nanterre, a suburb of Paris, on 27 June after a police officer shot dead a 17-year-old driver during a traffic stop. Over the following nights unrest spread to cities across France.

            More than 3,000 people were arrested, according to the interior ministry. The officer was charged with voluntary homicide.
            """,
            [
                new("Riots", "2023-06-27", "Nanterre", null),
                new("Violence against civilians", "2023-06-27", "Nanterre", 1),
            ]),

        new("tj-khorog-2022", "2022-05-20",
            """
            Unrest in Gorno-Badakhshan

            Protesters blocked the main road in Khorog on 16 May, demanding the resignation of the regional governor. Two days later the authorities launched what they called an anti-terrorist operation in the Rushan district.

            Officials said eight people were killed in clashes in Rushan on 18 May. Rights groups put the toll far higher and accused the security forces of arresting dozens of local activists.
            """,
            [
                new("Protests", "2022-05-16", "Khorog", null),
                new("Battles", "2022-05-18", "Rushan", 8),
            ]),

        new("kg-background", "2021-01-11",
            """
            Kyrgyzstan elects a new president

            Sadyr Japarov won Sunday's presidential election with almost 80 per cent of the vote, the election commission said.

            Japarov was freed from prison by his supporters during the unrest that followed the disputed parliamentary vote in October 2020. In that unrest protesters seized government buildings in Bishkek and one man was killed.

            The new president has promised to fight corruption and to change the constitution.
            """,
            [new("Riots", "2020-10", "Bishkek", 1)]),

        new("af-general", null,
            """
            The northern front

            Taliban fighters have attacked government posts in many northern provinces in recent years. The threat of attacks on the Tajik border worries Dushanbe, which fears that militants could cross into its territory.

            Analysts say the army lacks the means to prevent such raids, and officials speak of the risk of a new war.
            """,
            []),
    ];
}
