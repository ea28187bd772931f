using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Assistant.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server started from the machine's own binaries (initdb + pg_ctl) in a temp folder on a
/// free port, for the whole test run. As root it runs as the `postgres` user. Where no binaries exist the
/// tests that need it skip, unless CI=true or ASSISTANT_REQUIRE_POSTGRES=1, where they fail.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _dataDir;
    private string? _binDir;
    private bool _asPostgresUser;

    public int Port { get; private set; }

    public string? UnavailableReason { get; private set; }

    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("ASSISTANT_REQUIRE_POSTGRES") == "1";

    /// <summary>Connection string to a database of that name (created on demand by <see cref="CreateDatabaseAsync"/>).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>Skips (locally) or fails (CI) when the server could not start.</summary>
    public void EnsureAvailable()
    {
        if (UnavailableReason is null)
        {
            return;
        }

        if (Required)
        {
            Assert.Fail($"PostgreSQL is required here but unavailable: {UnavailableReason}");
        }

        Assert.Skip($"PostgreSQL unavailable: {UnavailableReason}");
    }

    /// <summary>A fresh, empty database with a unique name.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        EnsureAvailable();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..30].ToLowerInvariant();
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask InitializeAsync()
    {
        _binDir = FindBinDir();
        if (_binDir is null)
        {
            UnavailableReason = "no initdb/pg_ctl found (install the Debian package postgresql)";
            return;
        }

        _asPostgresUser = Environment.UserName == "root";
        var root = Path.Combine(Path.GetTempPath(), $"assistant-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        _dataDir = Path.Combine(root, "data");
        Port = FreePort();
        if (_asPostgresUser)
        {
            await RunAsync("chown", $"-R postgres {root}", asPostgres: false);
        }

        var init = await RunAsync(Path.Combine(_binDir, "initdb"), $"-D {_dataDir} -U postgres -A trust -E UTF8 --locale=C", _asPostgresUser);
        if (init.ExitCode != 0)
        {
            UnavailableReason = $"initdb failed: {init.Output}";
            return;
        }

        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        var start = await RunAsync(Path.Combine(_binDir, "pg_ctl"), $"-D {_dataDir} -l {root}/log.txt -o \"{options}\" -w -t 60 start", _asPostgresUser);
        if (start.ExitCode != 0)
        {
            UnavailableReason = $"pg_ctl start failed: {start.Output} {TryRead(Path.Combine(root, "log.txt"))}";
        }
    }

    /// <summary>Stops the server (fast), for tests of what happens while the database is down.</summary>
    public Task StopAsync() => RunAsync(Path.Combine(_binDir!, "pg_ctl"), $"-D {_dataDir} -m fast -w stop", _asPostgresUser);

    /// <summary>Starts it again after <see cref="StopAsync"/>, on the same port.</summary>
    public async Task RestartAsync()
    {
        var root = Path.GetDirectoryName(_dataDir)!;
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await RunAsync(Path.Combine(_binDir!, "pg_ctl"), $"-D {_dataDir} -l {root}/log.txt -o \"{options}\" -w -t 60 start", _asPostgresUser);
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataDir is not null && _binDir is not null && UnavailableReason is null)
        {
            await RunAsync(Path.Combine(_binDir, "pg_ctl"), $"-D {_dataDir} -m immediate -w stop", _asPostgresUser);
            try
            {
                Directory.Delete(Path.GetDirectoryName(_dataDir)!, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private static string? FindBinDir()
    {
        var configured = Environment.GetEnvironmentVariable("ASSISTANT_PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            foreach (var dir in Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal))
            {
                if (File.Exists(Path.Combine(dir, "bin", "initdb")))
                {
                    return Path.Combine(dir, "bin");
                }
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string TryRead(string path) => File.Exists(path) ? File.ReadAllText(path) : string.Empty;

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string arguments, bool asPostgres)
    {
        var info = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}

/// <summary>One PostgreSQL server for every test class that asks for it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
