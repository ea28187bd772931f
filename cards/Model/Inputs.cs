namespace Assistant.Cards.Model;

/// <summary>A choice (dropdown or radio buttons). Its value arrives in the action data under <see cref="AdaptiveElement.Id"/>.</summary>
public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : AdaptiveElement
{
    public string? Label { get; init; }

    public string? Value { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    public bool? Wrap { get; init; }
}

/// <summary>Title and value are plain text (no markdown).</summary>
public sealed record Choice(string Title, string Value);

public sealed record TextInput : AdaptiveElement
{
    public string? Label { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public TextInputStyle? Style { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
