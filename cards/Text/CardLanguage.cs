namespace Assistant.Cards.Text;

/// <summary>The language a card is written in: Swedish first, English too.</summary>
public enum CardLanguage
{
    Swedish,
    English,
}
