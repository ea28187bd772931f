using Assistant.Bot.DevChat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Tests.DevChat;

public sealed class DirectLineOptionsTests
{
    [Fact]
    public void TheSampleSettings_BindAndValidate_AndLeaveThePageToTheEnvironment()
    {
        var sample = Path.Combine(Root(), "appsettings.sample.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(sample).Build();
        var services = new ServiceCollection();
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateDataAnnotations();

        var options = services.BuildServiceProvider().GetRequiredService<IOptions<DirectLineOptions>>().Value;

        Assert.Null(options.Enabled);
        Assert.Equal(30, options.TokenMinutes);
        Assert.True(options.IsEnabled(new Environment(Environments.Development)));
        Assert.False(options.IsEnabled(new Environment(Environments.Production)));
        Assert.False(new DirectLineOptions { Enabled = true }.IsEnabled(new Environment(Environments.Production)));
        Assert.True(new DirectLineOptions { Enabled = true, DirectLineSecret = new string('s', 32) }.IsEnabled(new Environment(Environments.Production)));
        Assert.False(new DirectLineOptions { Enabled = true, DirectLineSecret = new string('s', 32) }.IsPageEnabled(new Environment(Environments.Production)));
        Assert.False(new DirectLineOptions { Enabled = false }.IsEnabled(new Environment(Environments.Development)));
    }

    [Fact]
    public void ATokenLifetimeShorterThanWebChatsRefresh_IsRefused()
    {
        var services = new ServiceCollection();
        services.AddOptions<DirectLineOptions>().Configure(o => o.TokenMinutes = 10).ValidateDataAnnotations();

        Assert.Throws<OptionsValidationException>(() => services.BuildServiceProvider().GetRequiredService<IOptions<DirectLineOptions>>().Value);
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Assistant.sln not found above the test folder.");
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Assistant.Bot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
