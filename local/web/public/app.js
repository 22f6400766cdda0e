// Fortune Cookie web simulator: the page. Plain JavaScript, no build step, no dependencies.
// Everything that comes from the server or the user is inserted with textContent (never innerHTML).
(function () {
  'use strict';

  var API = '/simulator/api';
  var MAX_TURNS_SHOWN = 200;

  var $ = function (id) {
    return document.getElementById(id);
  };
  var ui = {
    settings: $('settings'),
    locale: $('locale'),
    user: $('user'),
    date: $('date'),
    timeZone: $('time-zone'),
    timeZones: $('time-zones'),
    speak: $('speak'),
    speakHint: $('speak-hint'),
    newSession: $('new-session'),
    resetUser: $('reset-user'),
    sessionState: $('session-state'),
    clock: $('clock'),
    transcript: $('transcript'),
    emptyState: $('empty-state'),
    error: $('error'),
    say: $('say'),
    utterance: $('utterance'),
    sayButton: $('say-button'),
    silenceButton: $('silence-button'),
    examples: $('examples'),
    inspectorEmpty: $('inspector-empty'),
    inspectorBody: $('inspector-body'),
    inspectorTitle: $('inspector-title'),
    requestSummary: $('request-summary'),
    ssmlCheck: $('ssml-check'),
    nlu: $('nlu'),
    sessionAttributes: $('session-attributes'),
    storedUser: $('stored-user'),
    stored: $('stored'),
    exchanges: $('exchanges'),
  };
  var FIELD_INPUTS = { locale: ui.locale, userId: ui.user, date: ui.date, timeZone: ui.timeZone, utterance: ui.utterance };

  var state = {
    conversationId: newId(),
    config: null,
    turns: [],
    selected: null,
    busy: false,
    stored: { userId: null, stored: null, storeError: null },
  };

  // ---------- small DOM helpers (text only) ----------

  /** Creates an element; `props` may set className, text, and attributes; children are nodes or strings. */
  function el(tag, props) {
    var node = document.createElement(tag);
    props = props || {};
    Object.keys(props).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'className') node.className = value;
      else if (key === 'text') node.textContent = String(value);
      else if (key === 'onClick') node.addEventListener('click', value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function json(value) {
    return value === null || value === undefined ? '(none)' : JSON.stringify(value, null, 2);
  }

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(bytes);
    else for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    return Array.prototype.map
      .call(bytes, function (b) {
        return (b < 16 ? '0' : '') + b.toString(16);
      })
      .join('');
  }

  // ---------- settings, kept in localStorage ----------

  var STORAGE_KEY = 'fortune-cookie-simulator';

  function loadSaved() {
    try {
      return JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '{}') || {};
    } catch (e) {
      return {};
    }
  }

  function save() {
    try {
      window.localStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({
          locale: ui.locale.value,
          user: ui.user.value,
          date: ui.date.value,
          timeZone: ui.timeZone.value,
          speak: ui.speak.checked,
        }),
      );
    } catch (e) {
      /* private mode: nothing kept */
    }
  }

  function browserTimeZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (e) {
      return '';
    }
  }

  function settingsBody() {
    return {
      locale: ui.locale.value,
      userId: ui.user.value.trim(),
      date: ui.date.value.trim(),
      timeZone: ui.timeZone.value.trim(),
      conversationId: state.conversationId,
    };
  }

  // ---------- talking to the server ----------

  function post(path, body) {
    return request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }

  /** Resolves to the JSON body; rejects with an Error carrying `field` for 4xx/5xx answers. */
  function request(path, init) {
    return fetch(API + path, init).then(
      function (res) {
        return res.text().then(function (text) {
          var data = null;
          try {
            data = text ? JSON.parse(text) : null;
          } catch (e) {
            data = null;
          }
          if (!res.ok) {
            var message = data && data.error ? data.error : 'HTTP ' + res.status + ' ' + res.statusText;
            var error = new Error(message);
            error.field = data && data.field;
            error.status = res.status;
            throw error;
          }
          if (data === null) throw new Error('the server answered something that is not JSON');
          return data;
        });
      },
      function (err) {
        throw new Error('could not reach the local server (' + (err && err.message ? err.message : err) + ')');
      },
    );
  }

  function showError(error) {
    clearFieldErrors();
    var prefix = error.status === 400 ? 'Check your input: ' : error.status ? 'Error: ' : '';
    clear(ui.error);
    ui.error.appendChild(el('span', { text: prefix + error.message }));
    ui.error.hidden = false;
    var input = error.field && FIELD_INPUTS[error.field];
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-errormessage', 'error');
      input.focus();
    }
  }

  function clearFieldErrors() {
    Object.keys(FIELD_INPUTS).forEach(function (key) {
      FIELD_INPUTS[key].removeAttribute('aria-invalid');
      FIELD_INPUTS[key].removeAttribute('aria-errormessage');
    });
  }

  function hideError() {
    ui.error.hidden = true;
    clear(ui.error);
    clearFieldErrors();
  }

  function setBusy(busy) {
    state.busy = busy;
    ui.sayButton.disabled = busy;
    ui.silenceButton.disabled = busy;
    ui.transcript.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  // ---------- turns ----------

  function send(utterance) {
    if (state.busy) return;
    hideError();
    setBusy(true);
    var body = settingsBody();
    body.utterance = utterance;
    post('/turn', body).then(
      function (data) {
        state.conversationId = data.conversationId;
        ui.utterance.value = '';
        addTurn(data);
        speakTurn(data.turn);
        save();
        setBusy(false);
        ui.utterance.focus();
      },
      function (error) {
        setBusy(false);
        showError(error); // focuses the field at fault, if there is one
        if (!error.field) ui.utterance.focus();
      },
    );
  }

  function addTurn(data) {
    var turn = data.turn;
    state.turns.push(data);
    if (state.turns.length > MAX_TURNS_SHOWN) state.turns.shift();
    if (ui.emptyState.parentNode) ui.emptyState.parentNode.removeChild(ui.emptyState);
    var item = renderTurn(data);
    ui.transcript.appendChild(item);
    while (ui.transcript.children.length > MAX_TURNS_SHOWN * 2) ui.transcript.removeChild(ui.transcript.firstChild);
    ui.transcript.scrollTop = ui.transcript.scrollHeight;
    state.stored = data.user;
    showSessionState(data.session.open, turn);
    ui.clock.textContent = turn.timestamp || (data.settings.clock ? data.settings.clock : 'now');
    select(data, item);
  }

  function renderSpeechText(text) {
    // "[clip: name]" markers become labelled chips; the rest stays text.
    var p = el('p', { className: 'speech' });
    var pattern = /\[clip: ([^\]]+)\]/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) p.appendChild(document.createTextNode(text.slice(last, match.index)));
      p.appendChild(el('span', { className: 'clip', title: 'sound clip ' + match[1], text: '\u266A ' + match[1] }));
      last = match.index + match[0].length;
    }
    if (last < text.length) p.appendChild(document.createTextNode(text.slice(last)));
    return p;
  }

  function sessionBadge(turn) {
    if (turn.sessionOpen) return el('span', { className: 'pill pill-open', text: 'session open · mic on' });
    if (turn.sessionEnded) {
      var by = turn.sessionEnded.by;
      var reason = turn.sessionEnded.reason ? ': ' + turn.sessionEnded.reason : '';
      var cls = by === 'error' ? 'pill pill-error' : 'pill pill-closed';
      return el('span', { className: cls, text: 'session closed' + (by === 'skill' ? '' : ' by ' + by) + reason });
    }
    if (!turn.sentToSkill) return el('span', { className: 'pill pill-idle', text: 'not sent to the skill' });
    return el('span', { className: 'pill pill-closed', text: 'session closed' });
  }

  function ssmlBadge(turn) {
    if (!turn.ssml.length) return null;
    if (turn.ssmlOk) return el('span', { className: 'pill pill-ok', text: 'SSML OK' });
    var count = turn.ssml.reduce(function (n, c) {
      return n + c.problems.length;
    }, 0);
    return el('span', { className: 'pill pill-warn', text: count + ' SSML problem' + (count === 1 ? '' : 's') });
  }

  function renderTurn(data) {
    var turn = data.turn;
    var item = el('li', { className: 'turn new', 'data-turn': turn.index, 'aria-label': 'Turn ' + turn.index });
    item.appendChild(
      el(
        'div',
        { className: 'msg user', lang: turn.locale },
        el('span', { className: 'who', text: 'You' }),
        turn.utterance ? el('p', { text: turn.utterance }) : el('p', { className: 'silent', text: '(silence)' }),
      ),
    );

    if (turn.sentToSkill) {
      var what = turn.requestType === 'IntentRequest' ? 'IntentRequest ' + turn.intent : turn.requestType;
      if (turn.requestType === 'SessionEndedRequest' && turn.sessionEnded && turn.sessionEnded.reason)
        what += ' (' + turn.sessionEnded.reason + ')';
      var meta = '\u2192 ' + what + (turn.slotsText ? ' {' + turn.slotsText + '}' : '') + ' · ' + turn.routeText;
      item.appendChild(el('div', { className: 'meta', text: meta }));
    }

    if (turn.route.kind === 'unrouted') {
      item.appendChild(
        el('div', { className: 'msg system', text: 'Alexa would not send this to the skill: ' + (turn.route.reason || turn.error || '') }),
      );
    } else if (turn.speech || turn.repromptPlayed || turn.card) {
      var alexa = el('div', { className: 'msg alexa', lang: turn.locale }, el('span', { className: 'who', text: 'Alexa' }));
      if (turn.repromptPlayed) {
        var played = el('p', { className: 'played' }, '(you stayed silent; Alexa asks again) ');
        played.appendChild(document.createTextNode(turn.repromptPlayed.text));
        alexa.appendChild(played);
      }
      if (turn.speech) alexa.appendChild(renderSpeechText(turn.speech.text));
      if (turn.reprompt) {
        var rp = el('p', { className: 'reprompt' }, el('strong', { text: 'Reprompt: ' }));
        rp.appendChild(document.createTextNode(turn.reprompt.text));
        alexa.appendChild(rp);
      }
      if (turn.card) {
        alexa.appendChild(
          el(
            'div',
            { className: 'card', role: 'group', 'aria-label': 'Card' },
            el('div', {
              className: 'card-label',
              text: 'Card' + (turn.card.type && turn.card.type !== 'Standard' && turn.card.type !== 'Simple' ? ' · ' + turn.card.type : ''),
            }),
            turn.card.title ? el('div', { className: 'card-title', text: turn.card.title }) : null,
            el('div', { className: 'card-text', text: turn.card.text || turn.card.content || '' }),
          ),
        );
      }
      item.appendChild(alexa);
    } else if (turn.sentToSkill && turn.requestType !== 'SessionEndedRequest' && !turn.error) {
      item.appendChild(
        el(
          'div',
          { className: 'msg alexa' },
          el('span', { className: 'who', text: 'Alexa' }),
          el('p', { className: 'silent', text: '(says nothing)' }),
        ),
      );
    }

    if (turn.error && turn.route.kind !== 'unrouted') {
      item.appendChild(
        el(
          'div',
          { className: 'msg error', role: 'note' },
          el('span', { className: 'who', text: 'Skill error' }),
          el('p', { text: 'Alexa: \u201CThere was a problem with the requested skill\u2019s response.\u201D' }),
          el('p', { text: turn.error }),
        ),
      );
    }

    var notes = turn.notes.filter(function (n) {
      return n;
    });
    if (notes.length) {
      var list = el('ul', { className: 'notes', 'aria-label': 'Notes' });
      notes.forEach(function (n) {
        list.appendChild(el('li', { text: n }));
      });
      item.appendChild(list);
    }

    var details = el('button', {
      type: 'button',
      className: 'secondary details',
      'aria-pressed': 'false',
      'aria-controls': 'inspector',
      'aria-label': 'Show details of turn ' + turn.index,
      text: 'Details',
    });
    details.addEventListener('click', function () {
      select(data, item);
    });
    item.appendChild(el('div', { className: 'turn-foot' }, sessionBadge(turn), ssmlBadge(turn), details));
    return item;
  }

  function addDivider(text) {
    if (ui.emptyState.parentNode) ui.emptyState.parentNode.removeChild(ui.emptyState);
    ui.transcript.appendChild(el('li', { className: 'divider', role: 'separator', text: text }));
    ui.transcript.scrollTop = ui.transcript.scrollHeight;
  }

  function showSessionState(open, turn) {
    var pill = ui.sessionState;
    if (open) {
      pill.className = 'pill pill-open';
      pill.textContent = 'Session open · mic on';
    } else if (turn && turn.sessionEnded && turn.sessionEnded.by === 'error') {
      pill.className = 'pill pill-error';
      pill.textContent = 'Session ended by an error';
    } else if (turn && turn.sentToSkill) {
      pill.className = 'pill pill-closed';
      pill.textContent = 'Session closed';
    } else {
      pill.className = 'pill pill-idle';
      pill.textContent = 'No session';
    }
  }

  // ---------- inspector ----------

  function select(data, item) {
    state.selected = data;
    Array.prototype.forEach.call(ui.transcript.querySelectorAll('.turn'), function (node) {
      var isIt = node === item;
      node.classList.toggle('selected', isIt);
      var button = node.querySelector('button.details');
      if (button) button.setAttribute('aria-pressed', isIt ? 'true' : 'false');
    });
    renderInspector(data);
  }

  function addSummary(dl, term, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', { text: term }));
    dl.appendChild(el('dd', { text: value }));
  }

  function renderInspector(data) {
    var turn = data.turn;
    showAllBlocks();
    ui.inspectorEmpty.hidden = true;
    ui.inspectorBody.hidden = false;
    ui.inspectorTitle.textContent = 'Turn ' + turn.index + ' details';

    clear(ui.requestSummary);
    addSummary(ui.requestSummary, 'You said', turn.utterance || '(silence)');
    addSummary(ui.requestSummary, 'Route', turn.routeText);
    addSummary(ui.requestSummary, 'Request', turn.requestType || 'nothing sent');
    addSummary(ui.requestSummary, 'Intent', turn.intent);
    addSummary(ui.requestSummary, 'Slots', turn.slotsText);
    addSummary(ui.requestSummary, 'Locale', turn.locale);
    addSummary(ui.requestSummary, 'Timestamp', turn.timestamp);
    addSummary(ui.requestSummary, 'Session', turn.sessionId ? (turn.newSession ? 'new · ' : '') + turn.sessionId : null);
    addSummary(ui.requestSummary, 'User', data.settings.userId);
    addSummary(ui.requestSummary, 'Time zone', data.settings.timeZone);

    clear(ui.ssmlCheck);
    if (!turn.ssml.length) {
      ui.ssmlCheck.appendChild(el('p', { className: 'muted', text: 'No speech in this turn.' }));
    }
    turn.ssml.forEach(function (check) {
      var box = el('div', { className: 'ssml-item' });
      var head = el('div', { className: 'ssml-head' }, el('strong', { text: check.label }));
      if (check.problems.length === 0) head.appendChild(el('span', { className: 'pill pill-ok', text: 'SSML OK' }));
      else
        head.appendChild(
          el('span', { className: 'pill pill-warn', text: check.problems.length + ' problem' + (check.problems.length === 1 ? '' : 's') }),
        );
      box.appendChild(head);
      if (check.problems.length) {
        var list = el('ul');
        check.problems.forEach(function (p) {
          list.appendChild(el('li', { text: p }));
        });
        box.appendChild(list);
      }
      box.appendChild(
        el(
          'details',
          { className: 'ssml-source' },
          el('summary', { text: 'SSML source (' + check.ssml.length + ' characters)' }),
          el('pre', { className: 'code', text: check.ssml }),
        ),
      );
      ui.ssmlCheck.appendChild(box);
    });

    ui.nlu.textContent =
      turn.explanation ||
      (turn.route.kind === 'launch'
        ? 'A launch phrase: no intent to match (LaunchRequest).'
        : 'No NLU for this turn (' + turn.routeText + ').');

    var attributes = turn.sessionAttributes;
    ui.sessionAttributes.textContent = attributes
      ? json(attributes)
      : turn.sessionOpen
        ? '{}'
        : '(no session attributes: the session is closed)';

    ui.storedUser.textContent = data.user.userId;
    ui.stored.textContent = data.user.storeError ? 'Could not read the store: ' + data.user.storeError : json(data.user.stored);

    clear(ui.exchanges);
    if (!turn.exchanges.length) ui.exchanges.appendChild(el('p', { className: 'muted', text: 'Nothing was sent to the skill.' }));
    turn.exchanges.forEach(function (exchange, i) {
      var type = exchange.request && exchange.request.request ? exchange.request.request.type : 'request';
      var n = turn.exchanges.length > 1 ? ' ' + (i + 1) : '';
      ui.exchanges.appendChild(
        el(
          'details',
          {},
          el('summary', { text: 'Request' + n + ' · ' + type }),
          el('pre', { className: 'code', text: json(exchange.request) }),
        ),
      );
      ui.exchanges.appendChild(
        el(
          'details',
          {},
          el('summary', { text: 'Response' + n + (exchange.error ? ' · error' : '') }),
          el('pre', { className: 'code', text: exchange.error ? 'The skill failed: ' + exchange.error : json(exchange.response) }),
        ),
      );
    });
  }

  function renderStoredOnly(user) {
    // Before any turn (or after a reset): show the stored context in the inspector.
    if (state.selected) {
      state.selected.user = user;
      renderInspector(state.selected);
      return;
    }
    ui.inspectorEmpty.hidden = true;
    ui.inspectorBody.hidden = false;
    ui.inspectorTitle.textContent = 'Turn details';
    ui.storedUser.textContent = user.userId;
    ui.stored.textContent = user.storeError ? 'Could not read the store: ' + user.storeError : json(user.stored);
    Array.prototype.forEach.call(ui.inspectorBody.querySelectorAll('.block'), function (block) {
      block.hidden = !block.contains(ui.stored);
    });
  }

  function showAllBlocks() {
    Array.prototype.forEach.call(ui.inspectorBody.querySelectorAll('.block'), function (block) {
      block.hidden = false;
    });
  }

  // ---------- speech synthesis ----------

  var synth = 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : null;

  function voiceFor(locale) {
    if (!synth || typeof synth.getVoices !== 'function') return null;
    var voices = synth.getVoices() || [];
    var lower = locale.toLowerCase();
    var language = lower.split('-')[0];
    return (
      voices.filter(function (v) {
        return (v.lang || '').toLowerCase().replace('_', '-') === lower;
      })[0] ||
      voices.filter(function (v) {
        return (v.lang || '').toLowerCase().indexOf(language) === 0;
      })[0] ||
      null
    );
  }

  function speakTurn(turn) {
    if (!synth || !ui.speak.checked) return;
    var lines = [];
    if (turn.repromptPlayed) lines.push(turn.repromptPlayed.plain);
    if (turn.speech) lines.push(turn.speech.plain);
    try {
      synth.cancel();
      lines.filter(Boolean).forEach(function (text) {
        var utterance = new window.SpeechSynthesisUtterance(text);
        utterance.lang = turn.locale;
        var voice = voiceFor(turn.locale);
        if (voice) utterance.voice = voice;
        synth.speak(utterance);
      });
    } catch (e) {
      /* speech is a nicety: never break the page */
    }
  }

  if (!synth) {
    ui.speak.checked = false;
    ui.speak.disabled = true;
    ui.speakHint.textContent = 'Speech synthesis is not available in this browser.';
  } else if (typeof synth.getVoices === 'function') {
    synth.getVoices(); // some browsers load the voice list lazily
  }

  // ---------- buttons and fields ----------

  ui.say.addEventListener('submit', function (event) {
    event.preventDefault();
    send(ui.utterance.value);
  });

  ui.silenceButton.addEventListener('click', function () {
    send('');
  });

  // Enter in a settings field does not submit anything: it moves on to the utterance.
  ui.settings.addEventListener('submit', function (event) {
    event.preventDefault();
    ui.utterance.focus();
  });

  [ui.user, ui.date, ui.timeZone].forEach(function (input) {
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        ui.utterance.focus();
      }
    });
    input.addEventListener('change', function () {
      input.removeAttribute('aria-invalid');
      save();
    });
  });

  ui.user.addEventListener('change', function () {
    refreshStored();
  });

  ui.locale.addEventListener('change', function () {
    ui.locale.removeAttribute('aria-invalid');
    applyLocale();
    save();
    if (state.turns.length) addDivider('Locale ' + ui.locale.value + ' · the next utterance starts a new session');
    showSessionState(false, null);
  });

  ui.speak.addEventListener('change', function () {
    if (!ui.speak.checked && synth) synth.cancel();
    save();
  });

  ui.newSession.addEventListener('click', function () {
    hideError();
    post('/new-session', { conversationId: state.conversationId }).then(function () {
      showSessionState(false, null);
      addDivider('New session · say the invocation name to open the skill');
      ui.utterance.focus();
    }, showError);
  });

  ui.resetUser.addEventListener('click', function () {
    hideError();
    var body = settingsBody();
    post('/reset', { userId: body.userId, conversationId: state.conversationId }).then(function (data) {
      showSessionState(false, null);
      addDivider('User ' + data.user.userId + ' reset · stored context deleted');
      renderStoredOnly(data.user);
      ui.utterance.focus();
    }, showError);
  });

  function refreshStored() {
    var userId = ui.user.value.trim();
    request('/user?userId=' + encodeURIComponent(userId), { method: 'GET' }).then(
      function (user) {
        if (state.selected) return; // the turn shown keeps the context it had then
        renderStoredOnly(user);
      },
      function () {
        /* shown on the next turn */
      },
    );
  }

  function localeConfig(locale) {
    var config = state.config;
    if (!config) return null;
    return (
      config.locales.filter(function (l) {
        return l.locale === locale;
      })[0] || null
    );
  }

  function applyLocale() {
    var locale = ui.locale.value;
    ui.utterance.setAttribute('lang', locale);
    var config = localeConfig(locale);
    var invocation = config ? config.invocationName : locale.indexOf('de') === 0 ? 'glückskeks' : 'fortune cookie';
    var open = locale.indexOf('de') === 0 ? 'öffne ' + invocation : 'open ' + invocation;
    ui.utterance.placeholder = open;
    var examples = [open].concat(config ? config.examples : []);
    clear(ui.examples);
    ui.examples.appendChild(el('span', { className: 'hint', text: 'Try:' }));
    examples.forEach(function (phrase) {
      var button = el('button', { type: 'button', lang: locale, text: phrase, title: 'Say \u201C' + phrase + '\u201D' });
      button.addEventListener('click', function () {
        ui.utterance.value = phrase;
        send(phrase);
      });
      ui.examples.appendChild(button);
    });
  }

  // ---------- start ----------

  function start() {
    var saved = loadSaved();
    if (saved.locale) ui.locale.value = saved.locale;
    if (!ui.locale.value) ui.locale.selectedIndex = 0;
    if (typeof saved.user === 'string' && saved.user) ui.user.value = saved.user;
    if (typeof saved.date === 'string') ui.date.value = saved.date;
    ui.timeZone.value = saved.timeZone || browserTimeZone() || 'America/Los_Angeles';
    if (saved.speak && synth) ui.speak.checked = true;
    applyLocale();

    request('/config', { method: 'GET' }).then(function (config) {
      state.config = config;
      var current = ui.locale.value;
      clear(ui.locale);
      var names = { 'en-US': 'English (US)', 'en-GB': 'English (UK)', 'de-DE': 'Deutsch' };
      config.locales.forEach(function (l) {
        ui.locale.appendChild(el('option', { value: l.locale, text: (names[l.locale] || l.locale) + ' · ' + l.locale }));
      });
      var known = config.locales.some(function (l) {
        return l.locale === current;
      });
      ui.locale.value = known ? current : config.defaultLocale;
      clear(ui.timeZones);
      config.timeZones.forEach(function (zone) {
        ui.timeZones.appendChild(el('option', { value: zone }));
      });
      if (!ui.timeZone.value) ui.timeZone.value = config.defaultTimeZone;
      applyLocale();
      refreshStored();
    }, showError);

    ui.utterance.focus();
  }

  start();
})();
