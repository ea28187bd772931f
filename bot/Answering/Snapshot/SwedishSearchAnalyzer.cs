using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Assistant.Bot.Answering.Snapshot;

/// <summary>
/// Swedish analysis for search: standard tokens, lower case, Swedish stop words, the light Swedish stemmer
/// (språkkunskaperna → språkkunskap), then diacritics folded so "sprakkunskaper" typed without å finds it too.
/// </summary>
public sealed class SwedishSearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = SwedishAnalyzer.DefaultStopSet;

    /// <summary>
    /// Comparatives and superlatives the light stemmer cannot bring to their adjective (yngre medarbetare are unga
    /// medarbetare, större is stor): stemmed here, the stemmer leaves them alone.
    /// </summary>
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Irregular = BuildIrregular();

    private static StemmerOverrideFilter.StemmerOverrideMap BuildIrregular()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (word, stem) in new[]
        {
            ("ung", "ung"), ("unga", "ung"), ("ungt", "ung"), ("ungas", "ung"), ("yngre", "ung"), ("yngst", "ung"), ("yngsta", "ung"),
            ("större", "stor"), ("störst", "stor"), ("största", "stor"),
            ("mindre", "liten"), ("minst", "liten"), ("minsta", "liten"),
            ("färre", "få"), ("färst", "få"),
            ("bättre", "bra"), ("bäst", "bra"), ("bästa", "bra"),
            ("sämre", "dålig"), ("sämst", "dålig"), ("sämsta", "dålig"),
            // "Ökar", "ökade", "ökad", "ökat", "ökning": too short for the light stemmer, which leaves each as written.
            // A verb and its noun: "föreslås", "föreslog" are the texts' "förslag" (the stemmer leaves "föreslå" apart).
            ("föreslå", "förslag"), ("föreslår", "förslag"), ("föreslås", "förslag"), ("föreslog", "förslag"), ("föreslogs", "förslag"),
            ("föreslagit", "förslag"), ("föreslagits", "förslag"), ("föreslagen", "förslag"), ("föreslaget", "förslag"), ("föreslagna", "förslag"),
            ("öka", "ök"), ("ökar", "ök"), ("ökade", "ök"), ("ökad", "ök"), ("ökat", "ök"), ("ökning", "ök"), ("ökningen", "ök"),
        })
        {
            builder.Add(word, stem);
        }

        return builder.Build();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new LowerCaseFilter(Version, source);
        result = new StopFilter(Version, result, StopWords);
        result = new StemmerOverrideFilter(result, Irregular);
        result = new SwedishLightStemFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    /// <summary>The analysed terms of a text, in order.</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
