using Assistant.Bot.Manifest;

namespace Assistant.Tests.Manifest;

/// <summary>The committed icons, as the package ships them (the manifest folder copied beside the bot).</summary>
public sealed class IconTests
{
    private static PngImage Load(string name) => PngImage.Decode(File.ReadAllBytes(Path.Combine(PackageCommand.DefaultManifestFolder, name)));

    [Fact]
    public void Colour_icon_is_192_square_opaque_and_has_a_picture()
    {
        var icon = Load("color.png");
        Assert.Equal((192, 192), (icon.Width, icon.Height));
        var colours = new HashSet<(byte, byte, byte)>();
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var (r, g, b, a) = icon[x, y];
                Assert.Equal(255, a);
                colours.Add((r, g, b));
            }
        }

        // The accent background in the corner, the white bubble in the middle, anti-aliased edges between.
        Assert.Equal((0x1B, 0x5E, 0x8C, 255), ((int)icon[0, 0].R, (int)icon[0, 0].G, (int)icon[0, 0].B, (int)icon[0, 0].A));
        Assert.Equal((255, 255, 255), ((int)icon[96, 40].R, (int)icon[96, 40].G, (int)icon[96, 40].B));
        Assert.True(colours.Count > 10, $"only {colours.Count} colours: no anti-aliasing?");
    }

    [Fact]
    public void Outline_icon_is_32_square_white_on_transparent()
    {
        var icon = Load("outline.png");
        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColourType);
        int visible = 0, transparent = 0;
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var (r, g, b, a) = icon[x, y];
                if (a == 0)
                {
                    transparent++;
                }
                else
                {
                    visible++;
                    Assert.True(r == 255 && g == 255 && b == 255, $"pixel {x},{y} is ({r},{g},{b}) with alpha {a}: the outline must be white");
                }
            }
        }

        Assert.Equal(0, icon[0, 0].A);
        Assert.InRange(visible, 100, 600);
        Assert.True(transparent > 400, $"{transparent} transparent pixels: an outline, not a filled shape");
    }

    [Fact]
    public void Committed_icons_are_the_ones_the_manifest_names()
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(PackageCommand.DefaultManifestFolder, "manifest.json")))!;
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
    }
}
