using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Assistant.Tests.Manifest;

/// <summary>A decoded 8-bit PNG (any row filter, no interlace) as RGBA, to look at the icons pixel by pixel.</summary>
public sealed record PngImage(int Width, int Height, int ColourType, byte[] Rgba)
{
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    public static PngImage Decode(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG signature");
        int width = 0, height = 0, depth = 0, type = 0, interlace = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var kind = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                depth = data[8];
                type = data[9];
                interlace = data[12];
            }
            else if (kind == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        var channels = type switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
        Assert.True(depth == 8 && channels > 0 && interlace == 0, $"unsupported PNG: depth {depth}, colour type {type}, interlace {interlace}");
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var rawStream = new MemoryStream();
        zlib.CopyTo(rawStream);
        var raw = rawStream.ToArray();

        var stride = width * channels;
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int c = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                int value = raw[(y * (stride + 1)) + 1 + x];
                value += filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                };
                pixels[(y * stride) + x] = (byte)value;
            }
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            var s = pixels.AsSpan(i * channels, channels);
            rgba[i * 4] = s[0];
            rgba[(i * 4) + 1] = channels >= 3 ? s[1] : s[0];
            rgba[(i * 4) + 2] = channels >= 3 ? s[2] : s[0];
            rgba[(i * 4) + 3] = channels switch { 4 => s[3], 2 => s[1], _ => 255 };
        }

        return new PngImage(width, height, type, rgba);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
