namespace Pamir.Storage.Queries;

/// <summary>
/// Base letters of accented Latin and Cyrillic letters ("ó" → "o", "ё" → "е", "ӣ" → "и"),
/// generated from Unicode decompositions, because string normalisation is unavailable under
/// invariant globalisation. '\0' drops the character; '\u0001' expands it (see <see cref="Expansion"/>).
/// </summary>
internal static class FoldingTable
{
    private const char LatinFirst = '\u00c0', LatinLast = '\u024f';
    private const char LatinExtraFirst = '\u1e00', LatinExtraLast = '\u1eff';
    private const char CyrillicFirst = '\u0400', CyrillicLast = '\u04ff';

    private const string Latin =
        "aaaaaa\u0001ceeeeiiiidnooooo×ouuuuy\u0001\u0001" +
        "aaaaaa\u0001ceeeeiiiidnooooo÷ouuuuy\u0001y" +
        "aaaaaaccccccccddddeeeeeeeeeegggg" +
        "gggghhhhiiiiiiiiiiĳĳjjkkĸllllllŀ" +
        "ŀllnnnnnnŉŋŋoooooo\u0001\u0001rrrrrrssssss" +
        "ssttttttuuuuuuuuuuuuwwyyyzzzzzzſ" +
        "ƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒfɠɣƕɩɨƙƙƚƛɯɲƞɵ" +
        "ooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿ" +
        "ǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaa" +
        "aaææǥǥggkkooooʒʒjǳǳǳggƕƿnnaaææøø" +
        "aaaaeeeeiiiioooorrrruuuussttȝȝhh" +
        "ƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿ" +
        "ɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ";

    private const string LatinExtra =
        "aabbbbbbccddddddddddeeeeeeeeeeff" +
        "gghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrr" +
        "ssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwyẚſẜẝßẟ" +
        "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooo" +
        "oooouuuuuuuuuuuuuuyyyyyyyyỻỻỽỽỿỿ";

    private const string Cyrillic =
        "ееђгєѕііјљњћкиуџабвгдежзииклмноп" +
        "рстуфхцчшщъыьэюяабвгдежзииклмноп" +
        "рстуфхцчшщъыьэюяееђгєѕііјљњћкиуџ" +
        "ѡѡѣѣѥѥѧѧѩѩѫѫѭѭѯѯѱѱѳѳѵѵѵѵѹѹѻѻѽѽѿѿ" +
        "ҁҁ҂\u0000\u0000\u0000\u0000\u0000҈҉ҋҋҍҍҏҏґґғғҕҕҗҗҙҙққҝҝҟҟ" +
        "ҡҡңңҥҥҧҧҩҩҫҫҭҭүүұұҳҳҵҵҷҷҹҹһһҽҽҿҿ" +
        "ӏжжӄӄӆӆӈӈӊӊӌӌӎӎӏааааӕӕееәәәәжжзз" +
        "ӡӡииииооөөөөээууууууччӷӷыыӻӻӽӽӿӿ";

    /// <summary>The folded form of one character: itself (lower-cased) when it has no accent to drop; '\0' to drop it.</summary>
    public static char Fold(char c) => c switch
    {
        < LatinFirst => char.ToLowerInvariant(c),
        <= LatinLast => Latin[c - LatinFirst],
        >= '\u0300' and <= '\u036f' => '\0',
        >= CyrillicFirst and <= CyrillicLast => Cyrillic[c - CyrillicFirst],
        >= LatinExtraFirst and <= LatinExtraLast => LatinExtra[c - LatinExtraFirst],
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Letters that fold to two: "æ" → "ae", "ß" → "ss".</summary>
    public static string Expansion(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "ae",
        'œ' => "oe",
        'Œ' => "oe",
        'þ' => "th",
        'Þ' => "th",
        _ => c.ToString(),
    };
}
