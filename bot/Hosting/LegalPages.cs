namespace Assistant.Bot.Hosting;

/// <summary>
/// /privacy and /terms: the pages the Teams app package links to by default (https://DOMAIN/privacy, /terms).
/// An administration with its own pages sets Teams:PrivacyUrl and Teams:TermsOfUseUrl instead.
/// </summary>
public static class LegalPages
{
    private const string Privacy = """
        <!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Integritet – Assistent</title></head><body>
        <h1>Integritet</h1>
        <p>Assistenten används av förvaltningens medarbetare i Microsoft Teams. Den sparar i förvaltningens egen databas:
        Teams-adressen för varje användare som har pratat med den (användar-id, namn, organisation) så att den kan skicka påminnelser;
        varje statusrapport med vem, när, status och kommentar; vilka påminnelser som har skickats.
        Frågor som ställs i chatten sparas inte, och loggarna innehåller varken meddelandetext eller inloggningsuppgifter.
        Uppgifterna lämnar inte förvaltningens drift, utom till Microsoft Teams och Microsoft Graph (för att hitta ansvariga och chefer).
        Kontakta förvaltningen för frågor om personuppgifter.</p>
        <h1 lang="en">Privacy</h1>
        <p lang="en">The assistant is used by the administration's staff in Microsoft Teams. It keeps in the administration's own database:
        the Teams address of each user who has talked to it (user id, name, tenant) so that it can send reminders; every status report
        with who, when, status and comment; which reminders were sent. Questions asked in the chat are not stored, and the logs hold
        neither message text nor credentials. The data stays with the administration's operations, except what goes to Microsoft Teams
        and Microsoft Graph (to find owners and managers). Contact the administration about personal data.</p>
        </body></html>
        """;

    private const string Terms = """
        <!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Användarvillkor – Assistent</title></head><body>
        <h1>Användarvillkor</h1>
        <p>Assistenten är ett internt verktyg för förvaltningens medarbetare. Svaren bygger på förvaltningens plandokument och
        anger sin källa; kontrollera källan innan ett svar används i beslut. Statusrapporter sparas med ditt namn och syns för
        förvaltningens uppföljning.</p>
        <h1 lang="en">Terms of use</h1>
        <p lang="en">The assistant is an internal tool for the administration's staff. Its answers come from the administration's plan
        documents and name their source; check the source before an answer is used in a decision. Status reports are kept with your
        name and are visible to the administration's follow-up.</p>
        </body></html>
        """;

    public static WebApplication MapLegalPages(this WebApplication app)
    {
        app.MapGet("/privacy", () => Results.Content(Privacy, "text/html; charset=utf-8"));
        app.MapGet("/terms", () => Results.Content(Terms, "text/html; charset=utf-8"));
        return app;
    }
}
