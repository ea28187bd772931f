using System.Text.Json.Serialization;

namespace Assistant.Cards.Model;

/// <summary>
/// A body element of an Adaptive Card. The JSON "type" is the discriminator; every element may carry a
/// <see cref="Fallback"/> that renderers which do not know the type show instead (the Teams charts need one).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(VerticalBarChart), "Chart.VerticalBar")]
[JsonDerivedType(typeof(LineChart), "Chart.Line")]
[JsonDerivedType(typeof(PieChart), "Chart.Pie")]
[JsonDerivedType(typeof(DonutChart), "Chart.Donut")]
public abstract record AdaptiveElement
{
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    /// <summary>Omitted (visible) unless set; false hides the element until an Action.ToggleVisibility shows it.</summary>
    public bool? IsVisible { get; init; }

    public BlockHeight? Height { get; init; }

    /// <summary>Shown by renderers that do not know this element's type.</summary>
    public AdaptiveElement? Fallback { get; init; }
}
