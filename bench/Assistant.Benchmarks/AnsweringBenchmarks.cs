using System.Diagnostics;
using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;
using BenchmarkDotNet.Attributes;

namespace Assistant.Benchmarks;

/// <summary>
/// Time per answer of the engine (understanding + routing + answering, knowledge already cached) on the seed knowledge,
/// and on 10x and 100x as many documents. Each kind is a small mix of questions; the time reported is per question.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class AnsweringBenchmarks
{
    private static readonly Dictionary<string, string[]> Mixes = new(StringComparer.Ordinal)
    {
        ["forecast"] =
        [
            "Vad är personalbehovet för undersköterskor 2021?", "How many social workers do we need to hire in 2019?",
            "Hur mycket ökar det totala personalbehovet från 2021 till 2027?", "Hur många administratörer behöver rekryteras sammanlagt 2019-2021?",
            "Vilken yrkesgrupp har störst rekryteringsbehov 2025?", "rekryteringsbehov undersköterskor 2031",
        ],
        ["keyfigure"] = ["Vad var sjukfrånvaron 2013?", "What was the staff turnover in 2015?", "Hur hög är sjukfrånvaron bland socialsekreterare?"],
        ["activity"] =
        [
            "Vilken status har aktiviteten om språkkunskaper?", "Vem ansvarar för revideringen av riktlinjerna för FAS2?",
            "Vad är kommentaren om PM3?", "Who is responsible for the MBL activity?",
        ],
        ["list"] =
        [
            "Hur många aktiviteter kvarstår?", "Vilka aktiviteter ska vara klara Q2?", "Vilka aktiviteter har biträdande direktören?", "Vilka aktiviteter ligger efter?",
        ],
        ["query"] =
        [
            "Vad gör vi åt behovet av biståndsbedömare, och går det enligt plan?", "Hur många usk och socialsekreterare behöver vi rekrytera tillsammans 2025?",
            "Jämför personalbehovet för personliga assistenter och administratörer år 2027.", "Vilka planer och dokument känner du till?",
            "aktiviteter om introduktion?", "skicka ett mejl åt mig",
        ],
        ["passage"] =
        [
            "Hur många anmälde sig till krisbemanningscentret?", "Vad säger planen om heltid som norm?", "Hur stort lönetillägg fick socialsekreterarna?",
        ],
    };

    private const int PerInvoke = 6;

    private KnowledgeSnapshot _knowledge = null!;
    private string[] _questions = [];

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [Params("forecast", "keyfigure", "activity", "list", "passage", "query")]
    public string Kind { get; set; } = "forecast";

    [GlobalSetup]
    public void Setup()
    {
        var watch = Stopwatch.StartNew();
        _knowledge = SeedKnowledge.LoadAsync(Scale).GetAwaiter().GetResult();
        Console.WriteLine($"// knowledge x{Scale}: {_knowledge.Documents.Count} documents, {_knowledge.Passages.Count} passages, {_knowledge.Activities.Count} activities, loaded and indexed in {watch.ElapsedMilliseconds} ms");
        _questions = Mixes[Kind];
    }

    /// <summary>One pass over the kind's questions; BenchmarkDotNet divides by the number of questions.</summary>
    [Benchmark(OperationsPerInvoke = PerInvoke)]
    public int Answer()
    {
        var length = 0;
        for (var i = 0; i < PerInvoke; i++)
        {
            var question = _questions[i % _questions.Length];
            length += AnswerRouter.Route(QuestionReader.Read(question, new DateOnly(2024, 9, 16)), _knowledge).Text.Length;
        }

        return length;
    }
}
