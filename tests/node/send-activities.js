'use strict';
// Plays the channel with the official botbuilder SDK: builds a Teams message and an Action.Execute invoke with
// botbuilder's MessageFactory and TurnContext.applyConversationReference, posts them to our bot's /api/messages
// (development mode: no token) and prints one JSON line per activity with the HTTP status and the response body.
// Usage: node send-activities.js <bot base url> <serviceUrl the bot should answer to>
const { ActivityTypes, MessageFactory, TurnContext } = require('botbuilder');

const [botUrl, serviceUrl] = process.argv.slice(2);
if (!botUrl || !serviceUrl) {
  console.error('usage: node send-activities.js <bot url> <serviceUrl>');
  process.exit(2);
}

const tenantId = '7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b';
const reference = {
  channelId: 'msteams',
  serviceUrl,
  locale: 'sv-SE',
  conversation: { id: 'a:node-personal-chat', conversationType: 'personal', tenantId },
  bot: { id: '28:8f5c2b5e-3d7a-4c1e-9b2f-6a4d8e1c0f37', name: 'Assistenten' },
  user: { id: '29:node-user', name: 'Nora Nod', aadObjectId: '5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f' },
};

function incoming(activity, id) {
  const result = TurnContext.applyConversationReference(activity, reference, true);
  result.id = id;
  result.timestamp = new Date().toISOString();
  result.channelData = { tenant: { id: tenantId } };
  return result;
}

const activities = [
  ['message', incoming(MessageFactory.text('Hur många aktiviteter är klara?'), 'node-message-1')],
  ['invoke', incoming({
    type: ActivityTypes.Invoke,
    name: 'adaptiveCard/action',
    replyToId: 'node-card-1',
    value: { action: { type: 'Action.Execute', verb: 'saveStatus', data: { activityId: '7', status: 'Done' } }, trigger: 'manual' },
  }, 'node-invoke-1')],
];

(async () => {
  for (const [name, activity] of activities) {
    const response = await fetch(new URL('api/messages', botUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    console.log(JSON.stringify({ name, sent: activity, status: response.status, body: text ? JSON.parse(text) : null }));
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
