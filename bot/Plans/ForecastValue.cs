namespace Assistant.Bot.Plans;

/// <summary>One cell of a forecast table: measure x occupation group x year.</summary>
public sealed class ForecastValue
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public KnowledgeDocument? Document { get; set; }

    /// <summary>As written in the document, e.g. "Personalbehov", "Rekryteringsbehov".</summary>
    public required string Measure { get; set; }

    /// <summary>Occupation group as written, e.g. "Vårdare/undersköterska/assistent", "Totalt".</summary>
    public required string Group { get; set; }

    public int Year { get; set; }

    public decimal Value { get; set; }

    /// <summary>The table heading the value came from.</summary>
    public string? Table { get; set; }
}
