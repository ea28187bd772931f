namespace Assistant.Bot.Plans;

/// <summary>An imported plan document: the source every fact cites.</summary>
public sealed class KnowledgeDocument
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The nämnd or förvaltning the document belongs to, e.g. "Social- och omsorgsnämnden".</summary>
    public string? Organisation { get; set; }

    public string? Municipality { get; set; }

    /// <summary>The period as written, e.g. "2021 med plan 2022-2028".</summary>
    public string? Period { get; set; }

    /// <summary>The plan year (003 is the 2024 plan); null when the document names none.</summary>
    public int? Year { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>Who wrote or published it, as the text names them: "KPMG AB" (an audit), "SKL" (a strategy).</summary>
    public string? Author { get; set; }

    /// <summary>On whose behalf it was written: "Stadsrevisionen i Örebro kommun".</summary>
    public string? CommissionedBy { get; set; }

    /// <summary>The date the document carries (a date line by its author's name, "Datum: …"); null when it names none.</summary>
    public DateOnly? Dated { get; set; }

    /// <summary>Who made the forecast the document builds on: "PwC" ("PwC's personalframskrivningsanalys").</summary>
    public string? ForecastBy { get; set; }

    /// <summary>The last year the forecast reaches when the text says it ("sträcker sig fram till år 2027").</summary>
    public int? ForecastUntil { get; set; }

    /// <summary>The file name it was imported from (no directory).</summary>
    public required string SourceFile { get; set; }

    /// <summary>SHA-256 (hex) of the normalised content: the same content under another name is one document.</summary>
    public required string ContentHash { get; set; }

    /// <summary>Hash of the plan identity (title, organisation, year): two extractions of one plan share it.</summary>
    public string? PlanKey { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>What could not be read, one line each.</summary>
    public List<string> Problems { get; set; } = [];
}

public enum DocumentKind
{
    Other = 0,
    StaffingPlan = 1,
    OperationalPlan = 2,
    FollowUp = 3,
    Strategy = 4,
    Audit = 5,
}
