using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Extraction;
using Assistant.Bot.Storage;
using Assistant.Cards.Text;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Knowledge;

/// <summary>
/// The whole knowledge base as JSON, for backups and other tools:
/// {"documents":[{id,title,source,organisation,year,kind}], "forecasts":[{document,measure,group,year,value}],
/// "figures":[{document,table,row,column,value,unit}], "activities":[{id,document,goal,table,title,description,owners,deadline,status,comment}]}.
/// document is the document's id; owners as written; deadline {text, year, yearTo, quarters} or null; status the
/// Swedish canonical word ("Klart") or null.
/// </summary>
public static class KnowledgeExport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteJsonAsync(AssistantDbContext db, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();

        json.WriteStartArray("documents");
        foreach (var d in await db.Documents.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", d.Id);
            json.WriteString("title", d.Title);
            json.WriteString("source", d.SourceFile);
            json.WriteString("organisation", d.Organisation);
            WriteNumber(json, "year", d.Year);
            json.WriteString("kind", d.Kind.ToString());
            json.WriteString("period", d.Period);
            json.WriteString("author", d.Author);
            json.WriteString("commissionedBy", d.CommissionedBy);
            json.WriteString("dated", d.Dated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("forecastBy", d.ForecastBy);
            WriteNumber(json, "forecastUntil", d.ForecastUntil);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("forecasts");
        foreach (var f in await db.Forecasts.AsNoTracking().OrderBy(f => f.DocumentId).ThenBy(f => f.Id).ToListAsync(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("document", f.DocumentId);
            json.WriteString("measure", f.Measure);
            json.WriteString("group", f.Group);
            json.WriteNumber("year", f.Year);
            WriteDecimal(json, "value", f.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("figures");
        foreach (var f in await db.Figures.AsNoTracking().OrderBy(f => f.DocumentId).ThenBy(f => f.Id).ToListAsync(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("document", f.DocumentId);
            json.WriteString("table", f.Table);
            json.WriteString("row", f.Row);
            json.WriteString("column", f.Column);
            WriteDecimal(json, "value", f.Value);
            json.WriteString("unit", f.Unit);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("activities");
        foreach (var a in await db.Activities.AsNoTracking().OrderBy(a => a.DocumentId).ThenBy(a => a.Ordinal).ThenBy(a => a.Id).ToListAsync(cancellationToken))
        {
            WriteActivity(json, a);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteActivity(Utf8JsonWriter json, PlanActivity a)
    {
        json.WriteStartObject();
        json.WriteNumber("id", a.Id);
        json.WriteNumber("document", a.DocumentId);
        json.WriteString("goal", a.Goal);
        json.WriteString("table", a.TableName);
        json.WriteString("title", a.Title);
        json.WriteString("description", a.Description);
        json.WriteStartArray("owners");
        foreach (var owner in a.Owners)
        {
            json.WriteStringValue(owner);
        }

        json.WriteEndArray();
        var deadline = a.Deadline;
        if (deadline.Text is null && deadline.Year is null)
        {
            json.WriteNull("deadline");
        }
        else
        {
            json.WriteStartObject("deadline");
            json.WriteString("text", deadline.Text);
            WriteNumber(json, "year", deadline.Year);
            WriteNumber(json, "yearTo", deadline.YearTo);
            json.WriteStartArray("quarters");
            foreach (var q in deadline.Quarters)
            {
                json.WriteNumberValue(q);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteString("status", a.Status is { } s ? StatusWords.Word(s, CardLanguage.Swedish) : null);
        json.WriteString("comment", a.Comment);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>56, 4.6, 124.5: no trailing zeros whatever scale the database gave back.</summary>
    private static void WriteDecimal(Utf8JsonWriter json, string name, decimal? value)
    {
        json.WritePropertyName(name);
        if (value is { } v)
        {
            json.WriteRawValue(v.ToString("0.############", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
