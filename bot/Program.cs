using Assistant.Bot.Hosting;

return await AssistantApp.RunAsync(args);
