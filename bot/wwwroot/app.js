// The chat page: pick who you are, chat through the bot's embedded Direct Line with Bot Framework Web Chat,
// and (admin panel) run the reminder job for a date.
(function () {
  'use strict';

  const personSelect = document.getElementById('person');
  const chatHost = document.getElementById('chat');
  const chatError = document.getElementById('chat-error');
  const storageKey = 'assistant-webchat-person';
  let directLine = null;

  function showError(text) {
    chatError.textContent = text;
    chatError.hidden = !text;
  }

  async function json(url, options) {
    const response = await fetch(url, options);
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const message = (body.error && body.error.message) || body.detail || response.statusText;
      throw new Error(message);
    }
    return body;
  }

  async function loadPeople() {
    const { people } = await json('/webchat/api/people');
    personSelect.replaceChildren(...people.map(p => {
      const option = document.createElement('option');
      option.value = p.id;
      option.textContent = p.kind === 'admin' ? 'Admin (administratör)' : p.name;
      option.dataset.name = p.name;
      return option;
    }));
    const saved = localStorage.getItem(storageKey);
    if (saved && people.some(p => p.id === saved)) {
      personSelect.value = saved;
    }
  }

  async function connect() {
    showError('');
    const option = personSelect.selectedOptions[0];
    if (!option || !window.WebChat) {
      return;
    }
    localStorage.setItem(storageKey, option.value);
    const user = { id: option.value, name: option.dataset.name };
    const { token } = await json('/v3/directline/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user })
    });

    if (directLine) {
      directLine.end();
    }
    directLine = window.WebChat.createDirectLine({
      token,
      domain: window.location.origin + '/v3/directline',
      webSocket: false,
      pollingInterval: 500
    });

    // A fresh element per person: Web Chat keeps its state per element.
    const element = document.createElement('div');
    element.setAttribute('data-person', user.id);
    chatHost.replaceChildren(element);
    window.WebChat.renderWebChat({
      directLine,
      userID: user.id,
      username: user.name,
      locale: 'sv-SE',
      styleOptions: {
        // Our cards carry Action.Execute (Teams) with an Action.Submit fallback; Web Chat posts only Action.Submit,
        // so the parser is held at 1.3, where Action.Execute is unknown and the fallback is used.
        adaptiveCardsParserMaxVersion: '1.3',
        // The upload button posts a plan document through Direct Line's upload (an admin gets the import preview), as soon as it is chosen.
        hideUploadButton: false,
        uploadAccept: '.txt,.md,.csv,.docx,.xlsx,.pdf',
        uploadMultiple: false,
        sendAttachmentOn: 'attach',
        botAvatarInitials: 'A',
        userAvatarInitials: user.name.slice(0, 2).toUpperCase()
      }
    }, element);
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
  }

  async function runReminders(event) {
    event.preventDefault();
    const status = document.getElementById('remind-status');
    const table = document.getElementById('remind-result');
    const button = document.getElementById('remind-run');
    const date = document.getElementById('remind-date').value;
    button.disabled = true;
    status.textContent = 'Kör… / Running…';
    try {
      const result = await json('/webchat/api/reminders/run', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ date })
      });
      status.textContent = result.summary;
      const body = table.tBodies[0];
      body.replaceChildren(...result.reminders.map(r => {
        const row = document.createElement('tr');
        cell(row, r.owner);
        cell(row, r.window);
        cell(row, String(r.activities));
        cell(row, r.result);
        return row;
      }));
      table.hidden = result.reminders.length === 0;
    } catch (e) {
      status.textContent = 'Fel / Error: ' + e.message;
      table.hidden = true;
    } finally {
      button.disabled = false;
    }
  }

  document.getElementById('remind-form').addEventListener('submit', runReminders);
  personSelect.addEventListener('change', () => connect().catch(e => showError('Kunde inte ansluta / Could not connect: ' + e.message)));

  loadPeople()
    .then(connect)
    .catch(e => showError('Kunde inte ansluta / Could not connect: ' + e.message));
})();
