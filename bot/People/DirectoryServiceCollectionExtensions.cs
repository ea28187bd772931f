using Microsoft.Extensions.Options;

namespace Assistant.Bot.People;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// The owner directory: sections Owners and Admins, and Microsoft Graph when section Graph is complete; wrapped by
    /// the <see cref="IOwnerDirectoryLayer"/>s features register.
    /// </summary>
    public static IServiceCollection AddOwnerDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddOptions<DirectoryOptions>()
            .Configure(o =>
            {
                configuration.GetSection(DirectoryOptions.OwnersSectionName).Bind(o.Owners);
                configuration.GetSection(DirectoryOptions.AdminsSectionName).Bind(o.Admins);
            })
            .Validate(o => !o.InvalidEntries().Any(), "Owners and Admins entries must be AAD object ids (GUIDs), UPNs (user@domain) or Teams user ids (29:...).")
            .ValidateOnStart();
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        var graph = configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        if (graph.IsConfigured)
        {
            services.AddGraphPeople(graph);
        }

        services.AddSingleton<OwnerDirectory>();
        services.AddSingleton<IOwnerDirectory>(sp => sp.GetServices<IOwnerDirectoryLayer>()
            .Aggregate<IOwnerDirectoryLayer, IOwnerDirectory>(sp.GetRequiredService<OwnerDirectory>(), (inner, layer) => layer.Wrap(inner)));
        return services;
    }
}
