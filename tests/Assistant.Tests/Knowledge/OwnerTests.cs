using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Extraction;

namespace Assistant.Tests.Knowledge;

public sealed class OwnerTests
{
    [Theory]
    [InlineData("Direktören", "Direktör")]
    [InlineData("direktör", "DIREKTÖR")]
    [InlineData("Avd- Myndighet och Kvalité", "Avd-Myndighet och Kvalité")]
    [InlineData("Avd -c VS", "Avd- c VS")]
    [InlineData("Avd-C Vårdboende", "Avd- c  Vårdboende")]
    [InlineData("Biträdande direktören", "Biträdande direktör")]
    [InlineData("Ekonomichefen", "Ekonomichef")]
    [InlineData("HR-chefen", "HR-chef")]
    [InlineData("HR - chef", "HR-chef")]
    [InlineData("Utbildningssamordnaren", "Utbildningssamordnare")]
    public void The_same_owner_written_two_ways_has_one_key(string a, string b) =>
        Assert.Equal(OwnerName.Normalize(a), OwnerName.Normalize(b));

    [Theory]
    [InlineData("Biträdande direktör", "Direktör")]
    [InlineData("Biträdande direktören", "Direktören")]
    [InlineData("HR-chef", "Biträdande Hr-chef")]
    [InlineData("Avd- c ÖVF", "Avd- c VB")]
    public void Different_owners_keep_different_keys(string a, string b) =>
        Assert.NotEqual(OwnerName.Normalize(a), OwnerName.Normalize(b));

    [Theory]
    [InlineData("Avd- c ÖVF Avd- c VB", new[] { "Avd- c ÖVF", "Avd- c VB" })]
    [InlineData("HR-chef, Ekonomichef", new[] { "HR-chef", "Ekonomichef" })]
    [InlineData("Avd- Myndighet och Kvalité  Biträdande direktör", new[] { "Avd- Myndighet och Kvalité", "Biträdande direktör" })]
    [InlineData("<p>Avd- c ÖV Avd- c VB Avd- c MK Avd- c ekonomi Avd- c HR Avd -c VS</p>", new[] { "Avd- c ÖV", "Avd- c VB", "Avd- c MK", "Avd- c ekonomi", "Avd- c HR", "Avd -c VS" })]
    [InlineData("HR-chef Economichef Administrativchef", new[] { "HR-chef", "Economichef", "Administrativchef" })]
    [InlineData("Avdelningschefer HR-chef", new[] { "Avdelningschefer", "HR-chef" })]
    [InlineData("Biträdande direktör", new[] { "Biträdande direktör" })]
    [InlineData("Biträdande Hr-chef", new[] { "Biträdande Hr-chef" })]
    [InlineData("Avd- HR och kompetensförsörjning", new[] { "Avd- HR och kompetensförsörjning" })]
    [InlineData("HR-chef\nEkonomichef", new[] { "HR-chef", "Ekonomichef" })]
    [InlineData("Direktören, direktör", new[] { "Direktören" })]
    [InlineData("", new string[0])]
    public void Splits_a_cell_into_its_owners_as_written(string cell, string[] owners) =>
        Assert.Equal(owners, OwnerSplitter.Split(cell));
}
