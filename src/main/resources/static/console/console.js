// The staff console: one page over the admin API. Everything staff or residents wrote is
// put on the page as text (textContent), never as HTML.
(function () {
  'use strict';
  var main = document.getElementById('main');
  var statusLine = document.getElementById('status');
  var me = { username: '', role: 'EDITOR' };
  var RANK = { EDITOR: 0, PUBLISHER: 1, ADMIN: 2 };

  function can(role) { return RANK[me.role] >= RANK[role]; }

  function el(name, attributes, children) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === 'on') { Object.keys(attributes.on).forEach(function (e) { node.addEventListener(e, attributes.on[e]); }); }
      else if (attributes[key] !== false && attributes[key] != null) { node.setAttribute(key, attributes[key] === true ? '' : attributes[key]); }
    });
    [].concat(children == null ? [] : children).forEach(function (child) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function field(label, input, hint) {
    var id = input.id || ('f-' + Math.random().toString(36).slice(2));
    input.id = id;
    var parts = [el('label', { 'for': id }, label), input];
    if (hint) { var hintId = id + '-hint'; input.setAttribute('aria-describedby', hintId); parts.push(el('p', { id: hintId, 'class': 'hint' }, hint)); }
    return el('div', { 'class': 'field' }, parts);
  }

  function say(text, isError) {
    statusLine.textContent = text;
    statusLine.className = 'status' + (isError ? ' error' : '');
  }

  function cookie(name) {
    var match = document.cookie.split('; ').filter(function (c) { return c.indexOf(name + '=') === 0; })[0];
    return match ? decodeURIComponent(match.slice(name.length + 1)) : '';
  }

  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET') { headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN'); }
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 401) { window.location.assign('/login'); throw new Error('Please sign in again.'); }
        if (response.status === 204) { return { ok: true, status: 204, body: null }; }
        return response.json().catch(function () { return {}; }).then(function (json) {
          return { ok: response.ok, status: response.status, body: json };
        });
      });
  }

  function must(result) {
    if (!result.ok) {
      var message = (result.body && result.body.error) || ('The server answered ' + result.status + '.');
      if (result.status === 403) { message = 'Your role does not allow this.'; }
      throw new Error(message);
    }
    return result.body;
  }

  function failed(error) { say(error.message, true); }

  function table(headings, rows, caption) {
    return el('table', {}, [
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, headings.map(function (h) { return el('th', { scope: 'col' }, h); }))),
      el('tbody', {}, rows.map(function (cells) { return el('tr', {}, cells.map(function (c) { return el('td', {}, c); })); }))
    ]);
  }

  function show(title, nodes) {
    main.replaceChildren(el('h1', {}, title));
    nodes.forEach(function (n) { main.append(n); });
    document.title = title + ' - CivicLine staff console';
  }

  // ---- SMS length, as the carriers count it ------------------------------------------------
  var GSM = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
  var GSM_EXTENDED = '^{}\\[~]|€\f';
  function segments(text) {
    var gsm = true; var units = 0;
    Array.from(text).forEach(function (ch) {
      if (GSM.indexOf(ch) >= 0) { units += 1; } else if (GSM_EXTENDED.indexOf(ch) >= 0) { units += 2; } else { gsm = false; }
    });
    if (!gsm) {
      var utf16 = text.length;
      return { encoding: 'UCS-2', units: utf16, segments: utf16 <= 70 ? 1 : Math.ceil(utf16 / 67) };
    }
    return { encoding: 'GSM-7', units: units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }

  // ---- FAQ ----------------------------------------------------------------------------------
  function faqList() {
    api('GET', '/api/v1/admin/faq').then(must).then(function (entries) {
      var search = el('input', { type: 'search' });
      var state = el('select', {}, ['all', 'published', 'draft', 'unpublished', 'overdue review', 'emergency'].map(function (s) { return el('option', { value: s }, s); }));
      var holder = el('div');
      function draw() {
        var q = search.value.trim().toLowerCase();
        var rows = entries.filter(function (e) {
          var text = (e.id + ' ' + e.title + ' ' + e.tags.join(' ') + ' ' + (e.owner || '')).toLowerCase();
          var s = state.value;
          return (!q || text.indexOf(q) >= 0) && (s === 'all' || (s === 'published' && e.published) || (s === 'draft' && e.draft)
            || (s === 'unpublished' && !e.published) || (s === 'overdue review' && e.overdue) || (s === 'emergency' && e.emergency));
        }).map(function (e) {
          var flags = [e.published ? 'published' : 'not published'];
          if (e.draft) { flags.push('draft waiting'); }
          if (e.overdue) { flags.push('review overdue'); }
          return [el('a', { href: '#faq/' + encodeURIComponent(e.id) }, e.title), e.id, flags.join(', '), e.owner || '—', e.reviewBy || '—', String(e.version)];
        });
        holder.replaceChildren(table(['Title', 'Id', 'State', 'Owner', 'Review by', 'Version'], rows, rows.length + ' of ' + entries.length + ' entries'));
      }
      search.addEventListener('input', draw);
      state.addEventListener('change', draw);
      show('FAQ entries', [
        el('div', { 'class': 'filters' }, [field('Search titles, ids, tags, owners', search), field('Show', state)]),
        el('p', {}, el('a', { href: '#faq/new' }, 'New entry')),
        holder
      ]);
      draw();
    }).catch(failed);
  }

  function faqEdit(id) {
    var isNew = id === 'new';
    var loading = isNew ? Promise.resolve(null) : api('GET', '/api/v1/admin/faq/' + encodeURIComponent(id)).then(must);
    Promise.all([loading, isNew ? Promise.resolve([]) : api('GET', '/api/v1/admin/faq/' + encodeURIComponent(id) + '/history').then(must)])
      .then(function (loaded) {
        var doc = loaded[0]; var history = loaded[1];
        var content = doc ? (doc.draft || doc.live) : { id: '', language: 'en', title: '', answer: '', shortAnswer: '', questions: [], tags: [], emergency: false, hazards: [] };
        var f = {
          id: el('input', { value: content.id, required: true, readonly: !isNew }),
          title: el('input', { value: content.title, required: true }),
          answer: el('textarea', { rows: '10', required: true }),
          shortAnswer: el('textarea', { rows: '3', required: true }),
          questions: el('textarea', { rows: '6' }),
          tags: el('input', { value: content.tags.join(', ') }),
          emergency: el('input', { type: 'checkbox', checked: content.emergency }),
          hazards: el('input', { value: content.hazards.join(', ') }),
          owner: el('input', { value: (doc && doc.owner) || '' }),
          reviewBy: el('input', { type: 'date', value: (doc && doc.reviewBy) || '' })
        };
        f.answer.value = content.answer; f.shortAnswer.value = content.shortAnswer; f.questions.value = content.questions.join('\n');
        if (isNew && sessionStorage.getItem('civicline:new-question')) {
          f.questions.value = sessionStorage.getItem('civicline:new-question');
          sessionStorage.removeItem('civicline:new-question');
        }
        var count = el('p', { 'class': 'hint', 'aria-live': 'polite' });
        var previews = el('div', { 'class': 'previews' });
        function preview() {
          var s = segments(f.shortAnswer.value);
          count.textContent = s.units + ' characters in ' + s.encoding + ': ' + s.segments + ' SMS segment' + (s.segments === 1 ? '' : 's');
          previews.replaceChildren(
            el('section', { 'class': 'preview', 'aria-label': 'SMS preview' }, [el('h3', {}, 'SMS'), el('p', {}, s.segments > 1 ? f.shortAnswer.value + ' (over one segment)' : f.shortAnswer.value)]),
            el('section', { 'class': 'preview', 'aria-label': 'Web chat preview' }, [el('h3', {}, 'Web chat'), el('p', { 'class': 'pre' }, f.answer.value)]),
            el('section', { 'class': 'preview', 'aria-label': 'Discord preview' }, [el('h3', {}, 'Discord'), el('p', { 'class': 'pre' }, f.title.value + '\n\n' + f.answer.value.slice(0, 2000))]));
        }
        [f.title, f.answer, f.shortAnswer].forEach(function (i) { i.addEventListener('input', preview); });
        function values() {
          function list(text, separator) { return text.split(separator).map(function (x) { return x.trim(); }).filter(Boolean); }
          return { language: content.language || 'en', title: f.title.value, answer: f.answer.value, shortAnswer: f.shortAnswer.value,
            questions: list(f.questions.value, '\n'), tags: list(f.tags.value, ','), emergency: f.emergency.checked,
            hazards: list(f.hazards.value, ','), owner: f.owner.value, reviewBy: f.reviewBy.value || null };
        }
        var outcome = el('div', { 'class': 'outcome', 'aria-live': 'polite' });
        function publish(override) {
          api('POST', '/api/v1/admin/faq/' + encodeURIComponent(f.id.value) + '/publish', { override: override }).then(function (result) {
            if (result.status === 409) {
              outcome.replaceChildren(el('h2', {}, 'Held back: the golden set would break'),
                el('ul', {}, result.body.failures.map(function (x) { return el('li', {}, '"' + x.question + '" expects ' + x.expected + ', would get ' + (x.answeredWith || 'no answer')); })),
                can('PUBLISHER') ? el('button', { type: 'button', on: { click: function () { publish(true); } } }, 'Publish anyway') : '');
              say('Not published: the golden set would break.', true);
              return;
            }
            must(result);
            say('Published as version ' + result.body.version + '. Every channel answers with it now.');
            route();
          }).catch(failed);
        }
        var buttons = [
          el('button', { type: 'submit' }, 'Save draft')
        ];
        if (can('PUBLISHER') && doc && doc.draft) { buttons.push(el('button', { type: 'button', on: { click: function () { publish(false); } } }, 'Publish draft')); }
        if (doc && doc.draft) {
          buttons.push(el('button', { type: 'button', 'class': 'secondary', on: { click: function () {
            api('DELETE', '/api/v1/admin/faq/' + encodeURIComponent(id) + '/draft').then(must).then(function () { say('Draft discarded.'); route(); }).catch(failed);
          } } }, 'Discard draft'));
        }
        if (can('PUBLISHER') && doc && doc.live && doc.published) {
          buttons.push(el('button', { type: 'button', 'class': 'danger', on: { click: function () {
            api('POST', '/api/v1/admin/faq/' + encodeURIComponent(id) + '/unpublish').then(must).then(function () { say('Unpublished: no channel answers with this entry now.'); route(); }).catch(failed);
          } } }, 'Unpublish now'));
        }
        var form = el('form', { 'class': 'editor', on: { submit: function (event) {
          event.preventDefault();
          var target = f.id.value.trim();
          api('PUT', '/api/v1/admin/faq/' + encodeURIComponent(target) + '/draft', values()).then(must).then(function () {
            say('Draft saved. Residents see it once it is published.');
            if (isNew) { window.location.hash = '#faq/' + encodeURIComponent(target); } else { route(); }
          }).catch(failed);
        } } }, [
          field('Id (never changes)', f.id), field('Title', f.title), field('Full answer (Markdown)', f.answer),
          field('Short SMS answer', f.shortAnswer), count,
          field('Questions residents ask (one per line)', f.questions), field('Tags (comma-separated)', f.tags),
          el('div', { 'class': 'field check' }, [f.emergency, el('label', { 'for': (f.emergency.id = 'f-emergency') }, 'Emergency preparedness entry')]),
          field('Hazards (comma-separated, e.g. hurricane, flood)', f.hazards), field('Owner', f.owner), field('Review by', f.reviewBy),
          el('div', { 'class': 'actions' }, buttons)
        ]);
        var state = doc ? [doc.published ? 'Published' : 'Not published', 'version ' + doc.version, doc.draft ? 'draft by ' + doc.draftAuthor + ' waiting' : 'no draft'].join(' · ') : 'New entry';
        var historyRows = history.map(function (r) {
          var restore = can('PUBLISHER') ? el('button', { type: 'button', on: { click: function () {
            api('POST', '/api/v1/admin/faq/' + encodeURIComponent(id) + '/rollback', { version: r.version }).then(must).then(function (p) {
              say('Rolled back: version ' + r.version + ' is live again as version ' + p.version + '.'); route();
            }).catch(failed);
          } } }, 'Roll back to ' + r.version) : '';
          return [String(r.version), r.action, r.actor, new Date(r.at).toLocaleString(), diff(r.content, doc && doc.live), restore];
        });
        show(isNew ? 'New FAQ entry' : 'Edit: ' + content.title, [
          el('p', {}, el('a', { href: '#faq' }, 'All entries')), el('p', { 'class': 'state' }, state),
          form, outcome, el('h2', {}, 'Preview'), previews,
          el('h2', {}, 'History'),
          history.length ? table(['Version', 'Change', 'By', 'When', 'Differs from live', ''], historyRows, 'Published versions, newest first') : el('p', {}, 'No published change yet.')
        ]);
        preview();
      }).catch(failed);
  }

  function diff(old, live) {
    if (!live) { return '—'; }
    var changed = ['title', 'answer', 'shortAnswer'].filter(function (k) { return old[k] !== live[k]; });
    var added = live.questions.filter(function (q) { return old.questions.indexOf(q) < 0; });
    var removed = old.questions.filter(function (q) { return live.questions.indexOf(q) < 0; });
    var parts = changed.map(function (k) { return k; });
    if (added.length) { parts.push(added.length + ' question(s) added since'); }
    if (removed.length) { parts.push(removed.length + ' question(s) removed since'); }
    if (!parts.length) { return 'same as live'; }
    var details = el('details', {}, [el('summary', {}, parts.join(', '))].concat(changed.map(function (k) {
      return el('div', { 'class': 'diff' }, [el('p', {}, k + ' then:'), el('del', {}, old[k]), el('p', {}, k + ' now:'), el('ins', {}, live[k])]);
    })));
    return details;
  }

  // ---- Dashboard ----------------------------------------------------------------------------------
  var COLOURS = ['#0b4f8a', '#8b1a1a', '#1e6b30', '#6b3fa0', '#8a5a00'];

  // A line chart (uPlot, served by CivicLine) with the same figures in a table beside it,
  // so screen-reader users get them too.
  function chart(title, days, series) {
    var holder = el('div', { 'class': 'chart', role: 'img', 'aria-label': title + ': the table below gives the same figures' });
    var figure = el('figure', {}, [el('figcaption', {}, title), holder]);
    if (window.uPlot && days.length) {
      var xs = days.map(function (d) { return Date.parse(d + 'T00:00:00Z') / 1000; });
      var options = { width: Math.min(720, (main.clientWidth || 720) - 20), height: 240,
        series: [{}].concat(series.map(function (s, i) { return { label: s.label, stroke: COLOURS[i % COLOURS.length], width: 2 }; })),
        axes: [{}, {}], scales: { x: { time: true } } };
      new window.uPlot(options, [xs].concat(series.map(function (s) { return s.values; })), holder);
    }
    var rows = days.map(function (d, i) { return [d].concat(series.map(function (s) { return String(s.values[i]); })); });
    return el('div', {}, [figure, table(['Day'].concat(series.map(function (s) { return s.label; })), rows, title + ' (figures)')]);
  }

  function dashboard() {
    api('GET', '/api/v1/admin/dashboard?days=30').then(must).then(function (d) {
      // Every day of the period, quiet ones as zero, so the time axis reads right.
      var days = [];
      for (var back = d.days - 1; back >= 0; back--) { days.push(new Date(Date.now() - back * 86400000).toISOString().slice(0, 10)); }
      var channels = Array.from(new Set(d.conversations.perDay.map(function (x) { return x.channel; }))).sort();
      var perChannel = channels.map(function (c) {
        return { label: c, values: days.map(function (day) {
          var hit = d.conversations.perDay.filter(function (x) { return x.day === day && x.channel === c; })[0];
          return hit ? hit.count : 0;
        }) };
      });
      var subDays = days;
      var ledgerDays = Object.keys(d.subscriptionsPerDay);
      var actions = Array.from(new Set([].concat.apply([], ledgerDays.map(function (k) { return Object.keys(d.subscriptionsPerDay[k]); })))).sort();
      var perAction = actions.map(function (a) { return { label: a, values: subDays.map(function (k) { return (d.subscriptionsPerDay[k] || {})[a] || 0; }) }; });
      var tickets = Object.keys(d.ticketsByServiceAndStatus).sort().map(function (service) {
        var s = d.ticketsByServiceAndStatus[service];
        return [service, String(s.open || 0), String(s.closed || 0)];
      });
      function pct(x) { return Math.round(x * 1000) / 10 + ' %'; }
      show('Dashboard', [
        el('p', { 'class': 'state' }, 'Last ' + d.days + ' days: ' + d.messages + ' messages, answer rate ' + pct(d.answerRate) + ', fallback rate ' + pct(d.fallbackRate) + '.'),
        chart('Messages per day by channel', days, perChannel),
        table(['FAQ entry', 'Answers'], d.conversations.topTopics.map(function (t) { return [t.faqId, String(t.count)]; }), 'Top topics'),
        table(['Question (masked)', 'Times'], d.topUnanswered.map(function (q) { return [q.question, String(q.count)]; }), 'Top unanswered questions'),
        table(['Service', 'Open', 'Closed'], tickets, 'Tickets by service and status'),
        chart('Alert sign-ups and opt-outs per day', subDays, perAction),
        table(['Alert', 'Recipients', 'Sent', 'Delivered', 'Failed', 'Opted out'], d.alerts.map(function (a) {
          return [a.text, String(a.recipients), String(a.sent), String(a.delivered), String(a.failed), String(a.optedOut)];
        }), 'Alert deliveries')
      ]);
    }).catch(failed);
  }

  // ---- Learning queue ---------------------------------------------------------------------------
  function learning() {
    api('GET', '/api/v1/admin/learning').then(must).then(function (items) {
      show('Learning queue', [
        el('p', {}, 'Questions answered with low confidence or not at all, and answers residents marked unhelpful. Phone numbers and addresses are masked.'),
        table(['Asked', 'Why', 'Closest entry', 'Add as a question of entry', ''], items.map(function (item) {
          var entry = el('input', { value: item.faqId || '', 'aria-label': 'Entry id for: ' + item.question });
          return [item.question, item.reason + (item.channel ? ' (' + item.channel + ')' : ''), item.faqId || '—',
            el('span', { 'class': 'inline' }, [entry, el('button', { type: 'button', on: { click: function () {
              api('POST', '/api/v1/admin/learning/' + item.id + '/add-to-entry', { entryId: entry.value.trim() }).then(must).then(function () {
                say('Added to the draft of ' + entry.value.trim() + '; publish it to use it.'); learning();
              }).catch(failed);
            } } }, 'Add')]),
            el('span', { 'class': 'inline' }, [el('button', { type: 'button', 'class': 'secondary', on: { click: function () {
              api('POST', '/api/v1/admin/learning/' + item.id + '/new-entry').then(must).then(function () {
                sessionStorage.setItem('civicline:new-question', item.question);
                window.location.hash = '#faq/new';
              }).catch(failed);
            } } }, 'New entry'), el('button', { type: 'button', 'class': 'secondary', on: { click: function () {
              api('POST', '/api/v1/admin/learning/' + item.id + '/dismiss').then(must).then(learning).catch(failed);
            } } }, 'Dismiss')])];
        }), items.length + ' waiting')
      ]);
    }).catch(failed);
  }

  // ---- Golden set -----------------------------------------------------------------------------
  function golden() {
    api('GET', '/api/v1/admin/faq-golden').then(must).then(function (g) {
      var q = el('input', { required: true }); var entry = el('input', { required: true });
      var failing = {}; g.failures.forEach(function (x) { failing[x.caseId] = x; });
      show('Golden set', [
        el('p', {}, 'Questions that must keep their answer. Publishing a change that breaks one is held back unless a publisher overrides it.'),
        el('form', { 'class': 'inline', on: { submit: function (event) {
          event.preventDefault();
          api('POST', '/api/v1/admin/faq-golden', { question: q.value, entryId: entry.value.trim() }).then(must).then(function () { say('Case added.'); golden(); }).catch(failed);
        } } }, [field('Question', q), field('Expected entry id', entry), el('button', { type: 'submit' }, 'Add case')]),
        table(['Question', 'Expected', 'Now', ''], g.cases.map(function (c) {
          var now = failing[c.id] ? 'answered with ' + (failing[c.id].answeredWith || 'nothing') : 'passes';
          return [c.question, c.entryId, now, el('button', { type: 'button', 'class': 'secondary', on: { click: function () {
            api('DELETE', '/api/v1/admin/faq-golden/' + c.id).then(must).then(golden).catch(failed);
          } } }, 'Remove')];
        }), g.cases.length + ' cases, ' + g.failures.length + ' failing')
      ]);
    }).catch(failed);
  }

  // ---- Emergency ------------------------------------------------------------------------------
  function emergency() {
    Promise.all([api('GET', '/api/v1/emergency').then(must), api('GET', '/api/v1/admin/emergency/proposals').then(function (r) { return r.ok ? r.body : []; })]).then(function (loaded) {
      var now = loaded[0]; var proposals = loaded[1];
      var hazard = el('select', {}, ['hurricane', 'flood', 'extreme-heat', 'winter-storm', 'power-outage', 'boil-water', 'tornado', 'wildfire-smoke', 'other'].map(function (h) { return el('option', { value: h, selected: now.hazard === h }, h); }));
      var phase = el('select', {}, ['before', 'during', 'after'].map(function (p) { return el('option', { value: p, selected: now.phase === p }, p); }));
      var headline = el('input', { value: now.headline || '', required: true });
      var shortG = el('textarea', { rows: '2', required: true }); shortG.value = now.guidanceShort || '';
      var longG = el('textarea', { rows: '5', required: true }); longG.value = now.guidanceLong || '';
      var headlineEs = el('input', { value: now.headlineEs || '', lang: 'es' });
      var shortEs = el('textarea', { rows: '2', lang: 'es' }); shortEs.value = now.guidanceShortEs || '';
      var longEs = el('textarea', { rows: '5', lang: 'es' }); longEs.value = now.guidanceLongEs || '';
      var faqIds = el('input', { value: (now.faqIds || []).join(', ') });
      var reason = el('input', { required: true });
      var alertText = el('textarea', { rows: '2' }); var alertEs = el('textarea', { rows: '2' });
      var report = el('div', { 'aria-live': 'polite' });
      var publisher = can('PUBLISHER');
      var nodes = [el('p', { 'class': 'state' }, now.active ? 'Emergency mode is ON: ' + now.headline + ' (version ' + now.version + ', until ' + new Date(now.expiresAt).toLocaleString() + ')' : 'Emergency mode is off.')];
      if (!publisher) { nodes.push(el('p', {}, 'Publishers run emergency mode; you can see its state here.')); show('Emergency', nodes); return; }
      nodes.push(el('form', { 'class': 'editor', on: { submit: function (event) {
        event.preventDefault();
        api('POST', '/api/v1/admin/emergency', { hazard: hazard.value, phase: phase.value, headline: headline.value, guidanceShort: shortG.value,
          guidanceLong: longG.value, headlineEs: headlineEs.value, guidanceShortEs: shortEs.value, guidanceLongEs: longEs.value,
          faqIds: faqIds.value.split(',').map(function (x) { return x.trim(); }).filter(Boolean), scope: 'city', reason: reason.value })
          .then(must).then(function () { say('Emergency mode is on. Every channel pins the guidance now.'); emergency(); }).catch(failed);
      } } }, [el('h2', {}, now.active ? 'Update the emergency' : 'Switch emergency mode on'), field('Hazard', hazard), field('Phase', phase), field('Headline', headline),
        field('Short guidance (SMS)', shortG), field('Full guidance', longG),
        el('h3', {}, 'In Spanish (residents who write in Spanish are pinned these; left empty, they get the English)'),
        field('Headline in Spanish', headlineEs), field('Short guidance in Spanish (SMS)', shortEs), field('Full guidance in Spanish', longEs),
        field('FAQ entries to answer first (ids, comma-separated)', faqIds),
        field('Reason (kept in the audit log)', reason), el('h3', {}, 'Preview'),
        el('p', { 'class': 'preview' }, 'SMS and chat apps start their first reply with: ' + (headline.value || '[headline]') + ' — ' + (shortG.value || '[short guidance]')),
        el('div', { 'class': 'actions' }, [el('button', { type: 'submit' }, now.active ? 'Update' : 'Switch on'),
          now.active ? el('button', { type: 'button', 'class': 'danger', on: { click: function () {
            api('DELETE', '/api/v1/admin/emergency').then(must).then(function () { say('Emergency mode is off.'); emergency(); }).catch(failed);
          } } }, 'Switch off') : ''])]));
      nodes.push(el('h2', {}, 'Proposals from the official alert feed'));
      nodes.push(proposals.length ? table(['Alert', 'Severity', '', ''], proposals.map(function (p) {
        return [p.headline || p.event || p.identifier || String(p.id), p.severity || '', el('button', { type: 'button', on: { click: function () {
          api('POST', '/api/v1/admin/emergency/proposals/' + p.id + '/accept').then(must).then(function () { say('Accepted: emergency mode is on.'); emergency(); }).catch(failed);
        } } }, 'Accept'), el('button', { type: 'button', 'class': 'secondary', on: { click: function () {
          api('POST', '/api/v1/admin/emergency/proposals/' + p.id + '/dismiss').then(must).then(emergency).catch(failed);
        } } }, 'Dismiss')];
      }), proposals.length + ' waiting') : el('p', {}, 'None waiting.'));
      nodes.push(el('form', { 'class': 'editor', on: { submit: function (event) {
        event.preventDefault();
        api('POST', '/api/v1/admin/emergency/alerts', { text: alertText.value, textEs: alertEs.value || null, zones: [] }).then(must).then(function (sent) {
          say('Alert queued for ' + sent.recipients + ' subscribers.');
          follow(sent.id, report);
        }).catch(failed);
      } } }, [el('h2', {}, 'Send an emergency alert to subscribers'), field('Alert (English)', alertText), field('Alert (Spanish, optional)', alertEs),
        el('div', { 'class': 'actions' }, el('button', { type: 'submit' }, 'Send alert')), report]));
      show('Emergency', nodes);
    }).catch(failed);
  }

  function follow(id, into) {
    api('GET', '/api/v1/admin/emergency/alerts/' + id).then(must).then(function (r) {
      into.replaceChildren(table(['Recipients', 'Queued', 'Sending', 'Sent', 'Delivered', 'Failed', 'Opted out'],
        [[r.recipients, r.queued, r.sending, r.sent, r.delivered, r.failed, r.optedOut].map(String)], 'Delivery report'));
      if (r.queued + r.sending > 0 && document.body.contains(into)) { setTimeout(function () { follow(id, into); }, 2000); }
    }).catch(failed);
  }

  // ---- Tickets --------------------------------------------------------------------------------
  function tickets() {
    var service = el('input'); var stat = el('select', {}, ['', 'open', 'closed'].map(function (s) { return el('option', { value: s }, s || 'any'); }));
    var department = el('input'); var holder = el('div');
    function load() {
      var query = '?service=' + encodeURIComponent(service.value.trim()) + '&status=' + stat.value + '&department=' + encodeURIComponent(department.value.trim());
      api('GET', '/api/v1/admin/tickets' + query).then(must).then(function (list) {
        holder.replaceChildren(table(['Number', 'Service', 'Status', 'Where', 'Department', 'Filed', 'Change'], list.map(function (t) {
          var note = el('input', { 'aria-label': 'Note for request ' + t.number });
          var next = t.status === 'open' ? 'closed' : 'open';
          return [t.number, t.serviceCode, t.status, t.address || '—', t.department, new Date(t.filedAt).toLocaleString(),
            el('span', { 'class': 'inline' }, [note, el('button', { type: 'button', on: { click: function () {
              api('POST', '/api/v1/admin/tickets/' + t.number + '/status', { status: next, note: note.value }).then(must).then(function () {
                say('Request ' + t.number + ' is ' + next + '; the resident is told on their channel.'); load();
              }).catch(failed);
            } } }, next === 'closed' ? 'Close' : 'Reopen')])];
        }), list.length + ' requests'));
      }).catch(failed);
    }
    show('Tickets', [el('form', { 'class': 'filters', on: { submit: function (e) { e.preventDefault(); load(); } } },
      [field('Service code', service), field('Status', stat), field('Department', department), el('button', { type: 'submit' }, 'Filter')]), holder]);
    load();
  }

  // ---- Residents waiting for a person -----------------------------------------------------------
  function handoffs() {
    api('GET', '/api/v1/admin/callbacks').then(must).then(function (list) {
      show('Residents waiting for a person', [el('p', {}, 'Answer on the resident\'s own channel (text, web chat, Telegram or Discord), or call them, then close the request.'),
        table(['#', 'When', 'Channel', 'Call back on', 'Conversation so far', 'Answer'], list.map(function (c) {
          var text = el('textarea', { rows: '2', 'aria-label': 'Answer to request ' + c.id, maxlength: '1600' });
          var callBack = c.phone ? c.phone + (c.preferred ? ' (' + c.preferred + ')' : '') : 'No number: answer here';
          return [String(c.id), c.requestedAt ? new Date(c.requestedAt).toLocaleString() : '', c.channel, callBack, conversation(c),
            el('span', { 'class': 'inline' }, [text, el('button', { type: 'button', on: { click: function () {
              api('POST', '/api/v1/admin/callbacks/' + c.id + '/answer', { text: text.value }).then(must).then(function () {
                handoffs(); say('Sent to request ' + c.id + ' on ' + c.channel + '.');
              }).catch(failed);
            } } }, 'Send'), el('button', { type: 'button', 'class': 'secondary', on: { click: function () {
              api('POST', '/api/v1/admin/callbacks/' + c.id + '/close').then(must).then(function () { say('Request ' + c.id + ' closed.'); handoffs(); }).catch(failed);
            } } }, 'Close')])];
        }), list.length + ' open requests')]);
    }).catch(failed);
  }

  var speakers = { resident: 'Resident', assistant: 'Assistant', staff: 'Staff', notice: 'Not delivered' };
  function conversation(request) {
    var lines = request.conversation && request.conversation.length ? request.conversation : [{ author: 'resident', text: request.message, at: request.requestedAt }];
    return el('details', { 'class': 'conversation' }, [
      el('summary', {}, lines.length + (lines.length === 1 ? ' line' : ' lines') + ': “' + request.message + '”'),
      el('ol', {}, lines.map(function (line) {
        return el('li', { 'class': 'line-' + line.author }, [el('strong', {}, (speakers[line.author] || line.author) + ': '), line.text]);
      }))]);
  }

  // ---- Staff and audit (admins) -----------------------------------------------------------------
  function staff() {
    api('GET', '/api/v1/admin/users').then(must).then(function (users) {
      var name = el('input', { required: true, autocomplete: 'off' }); var password = el('input', { type: 'password', required: true, autocomplete: 'new-password', minlength: '12' });
      var role = el('select', {}, ['EDITOR', 'PUBLISHER', 'ADMIN'].map(function (r) { return el('option', { value: r }, r); }));
      show('Staff', [
        el('form', { 'class': 'inline', on: { submit: function (e) {
          e.preventDefault();
          api('POST', '/api/v1/admin/users', { username: name.value.trim(), password: password.value, role: role.value }).then(must).then(function () { say('Saved.'); staff(); }).catch(failed);
        } } }, [field('Username', name), field('Password', password, 'At least 12 characters'), field('Role', role), el('button', { type: 'submit' }, 'Add or update')]),
        table(['Username', 'Role', 'Access', ''], users.map(function (u) {
          return [u.username, u.role, u.enabled ? 'active' : 'switched off', u.enabled && u.username !== me.username ? el('button', { type: 'button', 'class': 'danger', on: { click: function () {
            api('DELETE', '/api/v1/admin/users/' + encodeURIComponent(u.username)).then(must).then(staff).catch(failed);
          } } }, 'Switch off') : ''];
        }), users.length + ' staff accounts')
      ]);
    }).catch(failed);
  }

  function subscribers() {
    api('GET', '/api/v1/admin/subscribers/counts').then(must).then(function (counts) {
      var channel = el('select', {}, ['sms', 'telegram', 'discord'].map(function (c) { return el('option', { value: c }, c); }));
      var address = el('input', { required: true });
      var found = el('div', { 'aria-live': 'polite' });
      show('Subscribers', [
        table(['Channel', 'Zone', 'Language', 'Status', 'Subscribers'], counts.map(function (c) {
          return [c.channel, c.zone || 'city-wide', c.language, c.status.toLowerCase(), String(c.count)];
        }), 'Emergency-alert subscribers'),
        el('form', { 'class': 'inline', on: { submit: function (e) {
          e.preventDefault();
          api('GET', '/api/v1/admin/subscribers?channel=' + channel.value + '&address=' + encodeURIComponent(address.value)).then(must).then(function (sub) {
            var reason = el('input', { required: true, 'aria-label': 'Reason for removing ' + sub.address });
            found.replaceChildren(el('p', {}, sub.address + ' on ' + sub.channel + ': ' + sub.status.toLowerCase() + ', zone ' + (sub.zone || 'city-wide') + ', ' + sub.language),
              el('span', { 'class': 'inline' }, [reason, el('button', { type: 'button', 'class': 'danger', on: { click: function () {
                api('POST', '/api/v1/admin/subscribers/remove', { channel: sub.channel, address: sub.address, reason: reason.value }).then(must).then(function () {
                  say('Removed; the consent ledger keeps the history.'); subscribers();
                }).catch(failed);
              } } }, 'Remove')]));
          }).catch(failed);
        } } }, [field('Channel', channel), field('Number or id', address), el('button', { type: 'submit' }, 'Find')]),
        found,
        erasure()
      ]);
    }).catch(failed);
  }

  // A resident who asks at a desk, by phone or by mail to have their data erased: the same
  // erasure as "delete my data" on a channel, asked twice because it cannot be undone.
  function erasure() {
    var channel = el('select', {}, [['sms', 'SMS'], ['web', 'Web chat'], ['telegram', 'Telegram'], ['discord', 'Discord']].map(function (c) {
      return el('option', { value: c[0] }, c[1]);
    }));
    var address = el('input', { required: true, maxlength: '200' });
    var sure = el('input', { type: 'checkbox', required: true });
    return el('section', { 'aria-labelledby': 'erase-heading' }, [
      el('h2', { id: 'erase-heading' }, 'Erase a resident\'s data'),
      el('p', {}, 'Deletes their conversations, texts, transcript, call-back requests and alert subscription. ' +
        'Their requests stay, without their contact; the consent ledger keeps its entries with the number hashed. It cannot be undone.'),
      el('form', { 'class': 'editor', on: { submit: function (e) {
        e.preventDefault();
        api('POST', '/api/v1/admin/erasures', { channel: channel.value, address: address.value }).then(must).then(function (result) {
          say('Erased: ' + result.erased + ' records removed or made anonymous.');
          address.value = ''; sure.checked = false;
        }).catch(failed);
      } } }, [
        field('Channel', channel),
        field('Address on the channel', address, 'A phone number as +16175550100, a Telegram or Discord id, or a web chat session id.'),
        field('I have checked who is asking', sure),
        el('button', { type: 'submit', 'class': 'danger' }, 'Erase')
      ])
    ]);
  }

  function audit() {
    api('GET', '/api/v1/admin/audit').then(must).then(function (entries) {
      show('Audit log', [table(['When', 'Who', 'What', 'On', 'Result'], entries.map(function (a) {
        return [new Date(a.at).toLocaleString(), a.actor, a.action, a.target || '', a.detail || ''];
      }), 'Latest ' + entries.length + ' staff actions')]);
    }).catch(failed);
  }

  // ---- FAQ in Spanish ------------------------------------------------------------------------
  // Stale ones (the English changed since the Spanish was reviewed) and missing ones first:
  // residents who write in Spanish get the English text for those until someone reviews them.
  function translations() {
    api('GET', '/api/v1/admin/faq/translations/es').then(must).then(function (all) {
      var stale = all.filter(function (t) { return t.state === 'stale'; }).length;
      var missing = all.filter(function (t) { return t.state === 'missing'; }).length;
      var rows = all.map(function (t) {
        return [el('a', { href: '#translations/' + encodeURIComponent(t.id) }, t.entryTitle), t.id,
          t.state === 'stale' ? 'stale: English is at version ' + t.englishVersion + ', Spanish reviewed at ' + t.reviewedVersion : t.state,
          t.text ? el('span', { lang: 'es' }, t.text.title) : '—', t.reviewedBy || '—'];
      });
      show('FAQ in Spanish', [el('p', { 'class': 'state' }, stale + ' stale, ' + missing + ' missing, ' + (all.length - stale - missing) + ' current.'),
        table(['Entry', 'Id', 'State', 'Spanish title', 'Reviewed by'], rows, all.length + ' entries')]);
    }).catch(failed);
  }

  function translationEdit(id) {
    Promise.all([api('GET', '/api/v1/admin/faq/' + encodeURIComponent(id) + '/translations/es').then(must),
      api('GET', '/api/v1/admin/faq/' + encodeURIComponent(id)).then(must)]).then(function (loaded) {
      var t = loaded[0]; var english = loaded[1].live || loaded[1].draft || {};
      var text = t.draft || t.text || { title: '', answer: '', shortAnswer: '', questions: [] };
      var title = el('input', { value: text.title, required: true, lang: 'es' });
      var shortA = el('textarea', { rows: '2', required: true, lang: 'es' }); shortA.value = text.shortAnswer;
      var answer = el('textarea', { rows: '12', required: true, lang: 'es' }); answer.value = text.answer;
      var questions = el('textarea', { rows: '8', lang: 'es' }); questions.value = text.questions.join('\n');
      var publisher = can('PUBLISHER');
      var state = t.state === 'stale' ? 'Stale: the English changed (version ' + t.englishVersion + ') since this was reviewed (version ' + t.reviewedVersion + '). Residents get the English until it is reviewed.'
        : t.state === 'missing' ? 'No Spanish text yet: residents who write in Spanish get the English.' : 'Current: reviewed against English version ' + t.reviewedVersion + '.';
      if (t.draft) { state += ' A draft by ' + t.draftAuthor + ' is waiting; the form shows it.'; }
      function written() {
        return { title: title.value, shortAnswer: shortA.value, answer: answer.value,
          questions: questions.value.split('\n').map(function (q) { return q.trim(); }).filter(Boolean) };
      }
      var actions = [el('button', { type: 'submit' }, 'Save draft')];
      if (publisher) {
        actions.push(el('button', { type: 'button', on: { click: function () {
          api('PUT', '/api/v1/admin/faq/' + encodeURIComponent(id) + '/translations/es', written())
            .then(must).then(function () { say('Published: residents who write in Spanish get this text now.'); translationEdit(id); }).catch(failed);
        } } }, 'Publish'));
      } else {
        actions.push(el('p', {}, 'A publisher reviews and publishes your draft.'));
      }
      if (publisher && t.state === 'stale') {
        actions.push(el('button', { type: 'button', on: { click: function () {
          api('POST', '/api/v1/admin/faq/' + encodeURIComponent(id) + '/translations/es/reviewed').then(must)
            .then(function () { say('Marked as reviewed: the Spanish text is answered again.'); translationEdit(id); }).catch(failed);
        } } }, 'Still right: mark reviewed'));
      }
      show('Spanish: ' + t.entryTitle, [el('p', {}, el('a', { href: '#translations' }, 'All translations')), el('p', { 'class': 'state' }, state),
        el('details', {}, [el('summary', {}, 'The English entry'), el('h3', {}, english.title || ''), el('pre', { 'class': 'preview' }, english.answer || '')]),
        el('form', { 'class': 'editor', on: { submit: function (event) {
          event.preventDefault();
          api('PUT', '/api/v1/admin/faq/' + encodeURIComponent(id) + '/translations/es/draft', written())
            .then(must).then(function () { say('Draft saved: residents see nothing of it until a publisher publishes it.'); translationEdit(id); }).catch(failed);
        } } }, [field('Title in Spanish', title), field('Short answer in Spanish (SMS)', shortA), field('Answer in Spanish (Markdown)', answer),
          field('How residents ask it in Spanish (one per line)', questions), el('div', { 'class': 'actions' }, actions)])]);
    }).catch(failed);
  }

  // ---- navigation -------------------------------------------------------------------------------
  function route() {
    var hash = window.location.hash.replace(/^#/, '') || 'faq';
    var parts = hash.split('/');
    document.querySelectorAll('#tabs a').forEach(function (a) {
      if (a.getAttribute('href') === '#' + parts[0]) { a.setAttribute('aria-current', 'page'); } else { a.removeAttribute('aria-current'); }
    });
    if (parts[0] === 'faq' && parts[1]) { faqEdit(decodeURIComponent(parts[1])); }
    else if (parts[0] === 'translations' && parts[1]) { translationEdit(decodeURIComponent(parts[1])); }
    else if (parts[0] === 'translations') { translations(); }
    else if (parts[0] === 'golden') { golden(); }
    else if (parts[0] === 'learning') { learning(); }
    else if (parts[0] === 'dashboard') { dashboard(); }
    else if (parts[0] === 'emergency') { emergency(); }
    else if (parts[0] === 'tickets') { tickets(); }
    else if (parts[0] === 'handoffs') { handoffs(); }
    else if (parts[0] === 'staff' && can('ADMIN')) { staff(); }
    else if (parts[0] === 'audit' && can('ADMIN')) { audit(); }
    else if (parts[0] === 'subscribers' && can('ADMIN')) { subscribers(); }
    else { faqList(); }
  }

  window.addEventListener('hashchange', function () { say(''); route(); main.focus(); });
  document.getElementById('signout').addEventListener('click', function () {
    fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') }, credentials: 'same-origin', redirect: 'manual' })
      .then(function () { window.location.assign('/login?signedOut'); })
      .catch(failed);
  });
  api('GET', '/api/v1/admin/me').then(must).then(function (who) {
    me = who;
    document.getElementById('who').textContent = who.username + ' (' + who.role.toLowerCase() + ')';
    document.querySelectorAll('[data-role]').forEach(function (a) { if (!can(a.getAttribute('data-role'))) { a.parentNode.remove(); } });
    route();
  }).catch(failed);
})();
