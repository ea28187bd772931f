using System.Globalization;

namespace Assistant.LoadTest;

/// <summary>Resident set size from /proc/PID/status (VmRSS), in KiB; 0 when the process is gone.</summary>
public static class Memory
{
    public static long RssKiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
