// Draws the Teams app icons (manifest/color.png 192x192, manifest/outline.png 32x32) from geometry, so the
// pictures are ours and can be redrawn exactly. Run from the repository root:
//   dotnet run manifest/tools/DrawIcons.cs
// The shapes are signed distance functions in a unit square, rasterised with 8x8 supersampling and written as
// 8-bit RGBA PNG (colour type 6) with System.IO.Compression.ZLibStream: no imaging library needed.
using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Text;

var folder = args.Length > 0 ? args[0] : Path.Combine("manifest");
Directory.CreateDirectory(folder);

// Accent colour (also the manifest's accentColor) and the check mark's colour on the white bubble.
var accent = new Rgb(0x1B, 0x5E, 0x8C);
var white = new Rgb(0xFF, 0xFF, 0xFF);

// Colour icon: full-bleed accent background, white speech bubble, accent check mark inside it.
File.WriteAllBytes(Path.Combine(folder, "color.png"), Png.Encode(192, 192, (x, y) =>
{
    var bubble = Shapes.Coverage(x, y, 192, p => Shapes.Bubble(p));
    var check = Shapes.Coverage(x, y, 192, p => Shapes.Check(p) - 0.048f);
    var colour = Rgb.Mix(accent, white, bubble);
    colour = Rgb.Mix(colour, accent, check);
    return (colour, 1f);
}));

// Outline icon: transparent background, white 2 px outline of the bubble and a white check mark.
File.WriteAllBytes(Path.Combine(folder, "outline.png"), Png.Encode(32, 32, (x, y) =>
{
    const float stroke = 1f / 32f; // half of 2 px
    var ring = Shapes.Coverage(x, y, 32, p => MathF.Abs(Shapes.Bubble(p, inset: stroke)) - stroke);
    var check = Shapes.Coverage(x, y, 32, p => Shapes.Check(p) - 1.2f / 32f);
    return (white, MathF.Max(ring, check));
}));

Console.WriteLine($"wrote {Path.Combine(folder, "color.png")} and {Path.Combine(folder, "outline.png")}");

internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Mix(Rgb a, Rgb b, float t) => new(Lerp(a.R, b.R, t), Lerp(a.G, b.G, t), Lerp(a.B, b.B, t));

    private static byte Lerp(byte a, byte b, float t) => (byte)MathF.Round(a + ((b - a) * Math.Clamp(t, 0f, 1f)));
}

/// <summary>Signed distance functions in the unit square (y down): negative inside.</summary>
internal static class Shapes
{
    /// <summary>The fraction of pixel (x, y) inside the shape, from 8x8 samples.</summary>
    public static float Coverage(int x, int y, int size, Func<Vector2, float> distance)
    {
        const int n = 8;
        var inside = 0;
        for (var sy = 0; sy < n; sy++)
        {
            for (var sx = 0; sx < n; sx++)
            {
                var p = new Vector2((x + ((sx + 0.5f) / n)) / size, (y + ((sy + 0.5f) / n)) / size);
                if (distance(p) <= 0)
                {
                    inside++;
                }
            }
        }

        return inside / (float)(n * n);
    }

    /// <summary>A speech bubble: a rounded rectangle with a tail at the lower left.</summary>
    public static float Bubble(Vector2 p, float inset = 0f)
    {
        var body = RoundedBox(p - new Vector2(0.5f, 0.44f), new Vector2(0.34f - inset, 0.25f - inset), 0.12f - (inset / 2));
        var tail = Triangle(p, new Vector2(0.27f, 0.6f), new Vector2(0.47f, 0.6f), new Vector2(0.24f + (inset / 2), 0.86f - inset));
        return MathF.Min(body, tail);
    }

    /// <summary>The centre line of a check mark (distance to the polyline, not signed).</summary>
    public static float Check(Vector2 p)
    {
        var a = new Vector2(0.34f, 0.45f);
        var b = new Vector2(0.45f, 0.56f);
        var c = new Vector2(0.67f, 0.33f);
        return MathF.Min(Segment(p, a, b), Segment(p, b, c));
    }

    private static float RoundedBox(Vector2 p, Vector2 half, float radius)
    {
        var q = Vector2.Abs(p) - half + new Vector2(radius);
        return Vector2.Max(q, Vector2.Zero).Length() + MathF.Min(MathF.Max(q.X, q.Y), 0f) - radius;
    }

    private static float Segment(Vector2 p, Vector2 a, Vector2 b)
    {
        var pa = p - a;
        var ba = b - a;
        var h = Math.Clamp(Vector2.Dot(pa, ba) / Vector2.Dot(ba, ba), 0f, 1f);
        return (pa - (ba * h)).Length();
    }

    private static float Triangle(Vector2 p, Vector2 a, Vector2 b, Vector2 c)
    {
        var d = MathF.Min(Segment(p, a, b), MathF.Min(Segment(p, b, c), Segment(p, c, a)));
        var inside = Side(p, a, b) >= 0 == Side(p, b, c) >= 0 && Side(p, b, c) >= 0 == Side(p, c, a) >= 0;
        return inside ? -d : d;
    }

    private static float Side(Vector2 p, Vector2 a, Vector2 b) => ((b.X - a.X) * (p.Y - a.Y)) - ((b.Y - a.Y) * (p.X - a.X));
}

/// <summary>A minimal PNG writer: IHDR, one IDAT (zlib), IEND; 8-bit RGBA, filter 0 on every row.</summary>
internal static class Png
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    public static byte[] Encode(int width, int height, Func<int, int, (Rgb Colour, float Alpha)> pixel)
    {
        var raw = new byte[height * ((width * 4) + 1)];
        var i = 0;
        for (var y = 0; y < height; y++)
        {
            raw[i++] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                var (colour, alpha) = pixel(x, y);
                var a = (byte)MathF.Round(Math.Clamp(alpha, 0f, 1f) * 255f);
                raw[i++] = a == 0 ? (byte)0 : colour.R;
                raw[i++] = a == 0 ? (byte)0 : colour.G;
                raw[i++] = a == 0 ? (byte)0 : colour.B;
                raw[i++] = a;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;  // bit depth
        header[9] = 6;  // colour type: truecolour with alpha
        header[10] = 0; // compression
        header[11] = 0; // filter method
        header[12] = 0; // no interlace

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }

    private static uint Crc(uint crc, byte[] data)
    {
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
