// Echo bot on the official botbuilder-js SDK: CloudAdapter (anonymous dev mode, no MicrosoftAppId) behind a plain
// node http server. Each message activity is answered with one reply to its serviceUrl before the POST returns 200,
// the same work the bare endpoint and the bot do.  Usage: node echo-bot.js [port]
'use strict';
const http = require('http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const port = Number(process.argv[2] || 5903);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (_context, error) => { console.error(error); };

async function logic(context) {
  if (context.activity.type === 'message') {
    await context.sendActivity(`Hej! ${context.activity.text || ''}`);
  }
}

// The minimal Request/Response shapes CloudAdapter.process reads and writes.
function wrapResponse(res) {
  return {
    socket: res.socket,
    header(name, value) { res.setHeader(name, value); return this; },
    status(code) { res.statusCode = code; return this; },
    send(body) {
      if (body !== undefined && body !== null) {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
        res.write(text);
      }
      return this;
    },
    end() { res.end(); return this; },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    try {
      await adapter.process({ body, headers: req.headers, method: req.method }, wrapResponse(res), logic);
    } catch (e) {
      console.error(e);
      if (!res.writableEnded) { res.statusCode = 500; res.end(); }
    }
  });
});
server.keepAliveTimeout = 65000;
server.listen(port, '127.0.0.1', () => console.log(`echo bot on http://127.0.0.1:${port}/api/messages`));
