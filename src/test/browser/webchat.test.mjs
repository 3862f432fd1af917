// The web chat widget, used the way residents use it, in Debian's headless Chromium.
// Needs a running CivicLine: BASE_URL (e.g. http://127.0.0.1:8080) and, for the emergency
// banner, STAFF_USER / STAFF_PASSWORD. WebChatBrowserIntegrationTests starts both and runs
// this file; by hand: `npm test` in this folder with those variables set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BASE = (process.env.BASE_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const SHOTS = process.env.SCREENSHOTS || mkdtempSync(join(tmpdir(), 'civicline-shots-'));
mkdirSync(SHOTS, { recursive: true });
let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic']
  });
});

after(async () => { await browser?.close(); });

// A fresh browser profile per test: its own storage, so each test is a new resident.
async function resident(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text() + ' @ ' + JSON.stringify(m.location())); });
  page.on('pageerror', (e) => problems.push(String(e)));
  return { context, page, problems };
}

const launcher = (page) => page.locator('[data-civicline-launcher]');
const input = (page) => page.getByLabel(/your message|su mensaje/i);
const cityLines = (page) => page.locator('.cl-city[data-id], .cl-staff[data-id]');

async function ask(page, text) {
  const before = await cityLines(page).count();
  await input(page).fill(text);
  await page.getByRole('button', { name: /^(send|enviar)$/i }).click();
  await page.waitForFunction((n) => {
    const root = document.querySelector('[data-civicline-widget]').shadowRoot;
    return root.querySelectorAll('.cl-city[data-id], .cl-staff[data-id]').length > n;
  }, before, { timeout: 15000 });
  return (await cityLines(page).last().innerText()).trim();
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a resident asks a question and reads the answer', async () => {
  const { context, page, problems } = await resident();
  await page.goto(BASE + '/');
  await launcher(page).click();
  const answer = await ask(page, 'what day is my trash picked up');
  assert.match(answer, /trash|garbage|collection|pickup/i);
  // The answer's Markdown list is drawn as a list.
  assert.ok(await cityLines(page).last().locator('li').count() > 0);
  assert.equal(await page.locator('[role="log"]').getAttribute('aria-live'), 'polite');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a resident reports a pothole through the whole dialogue to a request number', async () => {
  const { context, page } = await resident();
  await page.goto(BASE + '/');
  await launcher(page).click();
  // A new address each run: a second report of the same spot is offered to follow the first.
  const street = `${100 + Math.floor(Math.random() * 9000)} Quarry Road`;
  let reply = await ask(page, `there is a deep pothole outside ${street} that keeps flooding`);
  for (let turn = 0; turn < 5 && !/request number is/i.test(reply); turn++) {
    const yesButton = page.locator('.cl-chip', { hasText: /^yes$/i });
    if (await yesButton.count()) {
      const before = await cityLines(page).count();
      await yesButton.first().click();
      await page.waitForFunction((n) => document.querySelector('[data-civicline-widget]').shadowRoot
        .querySelectorAll('.cl-city[data-id]').length > n, before);
      reply = (await cityLines(page).last().innerText()).trim();
    } else {
      reply = await ask(page, `it is in front of ${street}, in the right lane, about two feet wide`);
    }
  }
  assert.match(reply, /request number is \w+/i);
  await page.screenshot({ path: join(SHOTS, 'webchat-ticket.png') });
  await context.close();
});

test('the conversation survives a reload and shows in a second tab', async () => {
  const { context, page } = await resident();
  await page.goto(BASE + '/');
  await launcher(page).click();
  await ask(page, 'how do i get a residential parking permit');
  const lines = await page.locator('[data-id]').count();
  assert.equal(lines, 2);

  await page.reload();
  await page.locator('.cl-resident[data-id]').first().waitFor();
  assert.match(await page.locator('.cl-resident[data-id]').first().innerText(), /parking permit/);
  assert.equal(await page.locator('[data-id]').count(), lines);

  const second = await context.newPage();
  await second.goto(BASE + '/');
  await launcher(second).click();
  await second.locator('.cl-resident[data-id]').first().waitFor();
  await ask(second, 'where do i pay a parking ticket');
  // The first tab hears about the second tab's message on its event stream.
  await page.locator('.cl-resident', { hasText: 'where do i pay a parking ticket' }).waitFor({ timeout: 10000 });
  await context.close();
});

test('everything works from the keyboard alone, with focus kept where it makes sense', async () => {
  const { context, page } = await resident();
  await page.goto(BASE + '/');
  await launcher(page).focus();
  await page.keyboard.press('Enter');
  assert.equal(await launcher(page).getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.querySelector('[data-civicline-widget]').shadowRoot.activeElement?.id), 'cl-input');
  await page.keyboard.type('when is bulk trash pickup');
  await page.keyboard.press('Enter');
  await cityLines(page).first().waitFor();
  // Tab reaches a quick reply or the answer's feedback buttons, each with a visible focus ring.
  await page.keyboard.press('Shift+Tab');
  const outline = await page.evaluate(() => {
    const el = document.querySelector('[data-civicline-widget]').shadowRoot.activeElement;
    return el ? getComputedStyle(el).outlineStyle : 'none';
  });
  assert.notEqual(outline, 'none');
  await page.keyboard.press('Escape');
  assert.equal(await launcher(page).getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.querySelector('[data-civicline-widget]').shadowRoot.activeElement?.getAttribute('data-civicline-launcher')), '');
  await context.close();
});

test('axe-core finds no WCAG 2.1 AA violation with the panel open, in English and Spanish, wide and at 320 px', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
    const { context, page } = await resident({ viewport, bypassCSP: true });
    await page.goto(BASE + '/');
    await launcher(page).click();
    await ask(page, 'what day is recycling collected');
    assert.deepEqual(await axe(page), [], `violations at ${viewport.width} px`);
    if (viewport.width === 1280) {
      await page.screenshot({ path: join(SHOTS, 'webchat.png') });
      await page.getByRole('button', { name: 'Español' }).click();
      assert.equal(await input(page).getAttribute('id'), 'cl-input');
      assert.match(await page.locator('.cl-label').innerText(), /Su mensaje/);
      assert.deepEqual(await axe(page), [], 'violations in Spanish');
    }
    await context.close();
  }
});

test('a resident chats in Spanish: a question, a pothole to a request number, and axe finds nothing', async () => {
  const { context, page, problems } = await resident({ bypassCSP: true });
  await page.goto(BASE + '/');
  await launcher(page).click();
  await page.getByRole('button', { name: 'Español' }).click();
  const answer = await ask(page, '¿qué día pasa el camión de la basura?');
  assert.match(answer, /basura/i);
  const street = `${100 + Math.floor(Math.random() * 9000)} Quarry Road`;
  let reply = await ask(page, `hay un bache muy hondo frente al ${street}`);
  for (let turn = 0; turn < 5 && !/número de solicitud es/i.test(reply); turn++) {
    const yes = page.locator('.cl-chip', { hasText: /^sí$/i });
    if (await yes.count()) {
      const before = await cityLines(page).count();
      await yes.first().click();
      await page.waitForFunction((n) => document.querySelector('[data-civicline-widget]').shadowRoot
        .querySelectorAll('.cl-city[data-id]').length > n, before);
      reply = (await cityLines(page).last().innerText()).trim();
    } else {
      reply = await ask(page, `está frente al ${street}, en el carril derecho`);
    }
  }
  assert.match(reply, /número de solicitud es \w+/i);
  assert.deepEqual(await axe(page), [], 'violations in a Spanish conversation');
  await page.screenshot({ path: join(SHOTS, 'webchat-es.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a resident who writes Spanish in the English widget gets the widget in Spanish', async () => {
  const { context, page } = await resident();
  await page.goto(BASE + '/');
  await launcher(page).click();
  assert.match(await page.locator('.cl-label').innerText(), /your message/i);
  const answer = await ask(page, 'cuándo recogen el reciclaje en mi calle');
  assert.match(answer, /reciclaje|basura/i);
  assert.match(await page.locator('.cl-label').innerText(), /Su mensaje/);
  await context.close();
});

test('at 200 % zoom the panel still fits and can be used', async () => {
  const { context, page } = await resident({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  await page.goto(BASE + '/');
  await launcher(page).click();
  const box = await page.locator('.cl-panel').boundingBox();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= 640 && box.y + box.height <= 450, JSON.stringify(box));
  assert.match(await ask(page, 'when is trash pickup'), /\w/);
  await context.close();
});

test('what a resident types is shown as text, never run as HTML', async () => {
  const { context, page, problems } = await resident();
  await page.goto(BASE + '/');
  await launcher(page).click();
  await page.evaluate(() => { window.__injected = false; });
  await ask(page, '<img src=x onerror="window.__injected=true"> **hello** [x](javascript:alert(1))');
  assert.equal(await page.evaluate(() => window.__injected), false);
  assert.equal(await page.locator('.cl-resident img, .cl-msg a[href^="javascript"]').count(), 0);
  assert.match(await page.locator('.cl-resident[data-id]').last().innerText(), /<img src=x/);
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});

test('a message over the limit is refused with a clear message and nothing typed is lost', async () => {
  const { context, page } = await resident();
  await page.goto(BASE + '/');
  await launcher(page).click();
  const long = 'a'.repeat(1990);
  await input(page).fill(long);
  assert.match(await page.locator('.cl-count').innerText(), /10 characters left/);
  await context.route('**/api/v1/chat', (route) => route.fulfill({ status: 429, contentType: 'application/json',
    body: JSON.stringify({ error: 'That is a lot of messages at once. Please wait 30 seconds and send it again, or call 311.' }) }));
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('[role="alert"]', { hasText: 'wait 30 seconds' }).waitFor();
  assert.equal(await input(page).inputValue(), long);
  await context.close();
});

test('an emergency shows a banner above the chat and on the page', async (t) => {
  if (!process.env.STAFF_USER) { t.skip('STAFF_USER and STAFF_PASSWORD are not set'); return; }
  const auth = 'Basic ' + Buffer.from(process.env.STAFF_USER + ':' + process.env.STAFF_PASSWORD).toString('base64');
  const declared = await fetch(BASE + '/api/v1/admin/emergency', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: JSON.stringify({ hazard: 'flood', phase: 'during', headline: 'Flood warning for the river districts',
      guidanceShort: 'Move to higher ground if water rises. Shelters are open.', guidanceLong: 'Move to higher ground if water rises. Shelters are open at the high schools.',
      faqIds: [], scope: 'city', reason: 'browser test' })
  });
  assert.ok(declared.ok, 'declared: ' + declared.status);
  try {
    const { context, page } = await resident({ bypassCSP: true });
    await page.goto(BASE + '/');
    await page.locator('[data-civicline-banner]', { hasText: 'Flood warning' }).waitFor();
    await launcher(page).click();
    assert.match(await page.locator('.cl-banner').innerText(), /Flood warning for the river districts/);
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: join(SHOTS, 'webchat-emergency.png') });
    await context.close();
  } finally {
    await fetch(BASE + '/api/v1/admin/emergency', { method: 'DELETE', headers: { Authorization: auth } });
  }
});

test('on another site with a strict policy the widget loads, chats and stays quiet in the console', async () => {
  const server = createServer((request, response) => {
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${BASE}; style-src ${BASE}; connect-src ${BASE}; img-src 'self'`
    });
    response.end(`<!DOCTYPE html><html lang="en"><head><title>Another city</title></head><body><main><h1>Another city</h1></main>`
      + `<script src="${BASE}/widget.js" data-title="Harbor City 311" async></script></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  try {
    const { context, page, problems } = await resident();
    await page.goto(`http://localhost:${server.address().port}/`);
    await launcher(page).click();
    assert.match(await page.locator('.cl-title').innerText(), /Harbor City 311/);
    assert.match(await ask(page, 'when is trash pickup'), /\w/);
    assert.deepEqual(problems.filter((p) => !/favicon/.test(p)), []);
    await context.close();
  } finally {
    server.close();
  }
});
