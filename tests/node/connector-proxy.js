'use strict';
// Stands between our bot and a recording Bot Connector. Every request our bot makes is read with the official
// botframework-connector models (the msRest mappers of the Connector API) and forwarded with its ConnectorClient, so
// the reference implementation parses and re-writes exactly what our bot wrote. Each exchange is printed as
// "EXCHANGE {json}" with the original body and the body as the SDK serializes its model back.
// Usage: node connector-proxy.js <target serviceUrl>   (prints "LISTENING <url>"; exits when stdin closes)
const http = require('http');
const { ConnectorClient, MicrosoftAppCredentials } = require('botframework-connector');
const Mappers = require('botframework-connector/lib/connectorApi/models/mappers');
// The same serializer the ConnectorClient's operations use (botframework-connector operations/conversations.js).
const { createSerializer } = require('botbuilder-stdlib/lib/azureCoreHttpCompat');

const target = process.argv[2];
if (!target) {
  console.error('usage: node connector-proxy.js <target serviceUrl>');
  process.exit(2);
}

// No app id: the SDK's credentials then add no token (AppCredentials.shouldSetToken), as in local development.
const client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: target.replace(/\/+$/, '') });
const serializer = createSerializer(Mappers);
const roundTrip = (mapper, body, name) => {
  const model = serializer.deserialize(mapper, body, name);
  return { model, written: serializer.serialize(mapper, model, name) };
};

async function forward(method, conversationId, activityId, body) {
  if (!conversationId && method === 'POST') {
    const { model, written } = roundTrip(Mappers.ConversationParameters, body, 'parameters');
    return { written, result: await client.conversations.createConversation(model) };
  }
  if (method === 'DELETE') {
    return { written: undefined, result: await client.conversations.deleteActivity(conversationId, activityId) };
  }
  const { model, written } = roundTrip(Mappers.Activity, body, 'activity');
  if (method === 'PUT') {
    return { written, result: await client.conversations.updateActivity(conversationId, activityId, model) };
  }
  if (activityId) {
    return { written, result: await client.conversations.replyToActivity(conversationId, activityId, model) };
  }
  return { written, result: await client.conversations.sendToConversation(conversationId, model) };
}

const server = http.createServer(async (req, res) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const parts = new URL(req.url, 'http://proxy').pathname.split('/').filter(Boolean);
  const conversationId = parts[2] !== undefined ? decodeURIComponent(parts[2]) : undefined;
  const activityId = parts[4] !== undefined ? decodeURIComponent(parts[4]) : undefined;
  try {
    const original = raw ? JSON.parse(raw) : undefined;
    const { written, result } = await forward(req.method, conversationId, activityId, original);
    console.log('EXCHANGE ' + JSON.stringify({ method: req.method, conversationId, activityId, authorization: req.headers.authorization || null, original, roundTripped: written }));
    const { _response, ...payload } = result || {};
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  } catch (e) {
    console.log('ERROR ' + JSON.stringify({ method: req.method, url: req.url, message: String(e && e.message), statusCode: e && e.statusCode }));
    res.writeHead((e && e.statusCode) || 500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'ProxyError', message: String(e && e.message) } }));
  }
});

server.listen(0, '127.0.0.1', () => console.log(`LISTENING http://127.0.0.1:${server.address().port}/`));
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
