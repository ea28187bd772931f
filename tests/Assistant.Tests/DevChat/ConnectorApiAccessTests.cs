using System.Net;
using Assistant.Bot.DevChat;
using Microsoft.AspNetCore.Http;

namespace Assistant.Tests.DevChat;

/// <summary>The connector API answers the bot on this machine only, and never a request that came through a proxy.</summary>
public sealed class ConnectorApiAccessTests
{
    private static DefaultHttpContext Request(string address, string? header = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (header is not null)
        {
            context.Request.Headers[header] = "203.0.113.7";
        }

        return context;
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void ALoopbackCall_IsLocal(string address) => Assert.True(ConnectorApi.IsLocalCall(Request(address)));

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("192.0.2.1")]
    public void ACallFromAnotherMachine_IsNot(string address) => Assert.False(ConnectorApi.IsLocalCall(Request(address)));

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("X-Forwarded-Host")]
    [InlineData("Forwarded")]
    public void ALoopbackCallThroughAProxy_IsNot(string header) => Assert.False(ConnectorApi.IsLocalCall(Request("127.0.0.1", header)));

    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978")]
    [InlineData("http://[::]:80", "http://localhost:80")]
    [InlineData("http://0.0.0.0:5000/", "http://localhost:5000")]
    [InlineData("http://+:8080", "http://localhost:8080")]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234")]
    [InlineData("http://[::1]:41234", "http://[::1]:41234")]
    public void TheServiceUrlBase_IsTheListeningAddressOnLoopback(string address, string expected) =>
        Assert.Equal(expected, DirectLineServiceUrl.Loopback(address));
}
