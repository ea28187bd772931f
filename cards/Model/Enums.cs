using System.Text.Json.Serialization;

namespace Assistant.Cards.Model;

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }

public enum BlockHeight
{
    [JsonStringEnumMemberName("auto")] Auto,
    [JsonStringEnumMemberName("stretch")] Stretch,
}

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextWeight { Default, Lighter, Bolder }

public enum FontType { Default, Monospace }

public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("heading")] Heading,
}

public enum HorizontalAlignment { Left, Center, Right }

public enum VerticalAlignment { Top, Center, Bottom }

public enum ContainerStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("emphasis")] Emphasis,
    [JsonStringEnumMemberName("good")] Good,
    [JsonStringEnumMemberName("attention")] Attention,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("accent")] Accent,
}

public enum ImageSize { Auto, Stretch, Small, Medium, Large }

public enum ImageStyle { Default, Person }

public enum ActionStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("positive")] Positive,
    [JsonStringEnumMemberName("destructive")] Destructive,
}

public enum ActionMode
{
    [JsonStringEnumMemberName("primary")] Primary,
    [JsonStringEnumMemberName("secondary")] Secondary,
}

public enum AssociatedInputs { Auto, None }

public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")] Compact,
    [JsonStringEnumMemberName("expanded")] Expanded,
    [JsonStringEnumMemberName("filtered")] Filtered,
}

public enum TextInputStyle
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("tel")] Tel,
    [JsonStringEnumMemberName("url")] Url,
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("password")] Password,
}
