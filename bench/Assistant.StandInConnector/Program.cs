using System.Net;
using Assistant.StandInConnector;

// A fast local stand-in for the Bot Connector: answers 200 {"id":"..."} to the calls the bot makes, optionally
// enforcing a request rate (429 + Retry-After when pushed) or refusing with 503 for a while. It counts what it accepted
// per conversation so lost and doubled messages are counted here, outside the process under test.
//   --port 5901  --rate 50 (requests/s, 0 = unlimited)  --fail-503-from 5 --fail-503-for 60 (seconds after its first request)
var options = ConnectorOptions.Parse(args);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
var app = builder.Build();
app.MapStandInConnector(new ConnectorState(options, TimeProvider.System));
await app.RunAsync();
