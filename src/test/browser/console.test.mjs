// The staff console in Debian's headless Chromium: signing in, fixing an FAQ answer,
// what an editor may not do, and axe-core on the main pages.
// Needs a running CivicLine: BASE_URL and STAFF_USER / STAFF_PASSWORD of an admin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BASE = (process.env.BASE_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const ADMIN = process.env.STAFF_USER;
const ADMIN_PASSWORD = process.env.STAFF_PASSWORD;
const SHOTS = process.env.SCREENSHOTS || mkdtempSync(join(tmpdir(), 'civicline-shots-'));
mkdirSync(SHOTS, { recursive: true });
const EDITOR = 'console-editor';
const EDITOR_PASSWORD = 'editor-password-for-browser';
let browser;

before(async () => {
  assert.ok(ADMIN && ADMIN_PASSWORD, 'STAFF_USER and STAFF_PASSWORD are needed');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic']
  });
  const auth = 'Basic ' + Buffer.from(ADMIN + ':' + ADMIN_PASSWORD).toString('base64');
  const made = await fetch(BASE + '/api/v1/admin/users', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: JSON.stringify({ username: EDITOR, password: EDITOR_PASSWORD, role: 'EDITOR' }) });
  assert.equal(made.status, 200);
});

after(async () => { await browser?.close(); });

async function signedIn(user, password) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(BASE + '/console');
  assert.match(page.url(), /\/login$/);
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/console/);
  await page.getByRole('heading', { name: 'FAQ entries' }).waitFor();
  return { context, page, problems };
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the sign-in page is accessible and a wrong password is told so', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(BASE + '/login');
  assert.deepEqual(await axe(page), []);
  await page.getByLabel('Username').fill(EDITOR);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();
  await context.close();
});

test('an admin fixes an answer: edit, preview with the SMS count, publish, see it in history', async () => {
  const { context, page, problems } = await signedIn(ADMIN, ADMIN_PASSWORD);
  assert.deepEqual(await axe(page), [], 'FAQ list');
  await page.getByLabel('Search titles, ids, tags, owners').fill('parking');
  await page.getByRole('link', { name: /parking/i }).first().click();
  await page.getByRole('heading', { name: /^Edit:/ }).waitFor();
  const short = page.getByLabel('Short SMS answer');
  await short.fill('Parking permits are sold online or at City Hall. Bring proof of address and your car registration.');
  assert.match(await page.locator('text=/SMS segment/').innerText(), /GSM-7: 1 SMS segment/);
  await short.fill('Parking permits are sold online or at City Hall. Bring proof of address and your car registration. ☺');
  assert.match(await page.locator('text=/SMS segment/').innerText(), /UCS-2: 2 SMS segments/);
  await short.fill('Parking permits are sold online or at City Hall. Bring proof of address and your car registration.');
  assert.deepEqual(await axe(page), [], 'FAQ editor');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
  await page.getByRole('button', { name: 'Publish draft' }).click();
  await page.getByRole('status').filter({ hasText: /Published as version/ }).waitFor();
  await page.getByRole('table', { name: /Published versions/ }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'console-faq.png'), fullPage: false });
  // Back to the answer as it was imported: the oldest version in the history.
  await page.getByRole('button', { name: /^Roll back to/ }).last().click();
  await page.getByRole('status').filter({ hasText: /Rolled back/ }).waitFor();
  for (let i = 0; i < 50 && /Parking permits are sold online/.test(await page.getByLabel('Short SMS answer').inputValue()); i++) {
    await page.waitForTimeout(100);
  }
  assert.doesNotMatch(await page.getByLabel('Short SMS answer').inputValue(), /Parking permits are sold online/);
  for (const section of ['Learning queue', 'Dashboard', 'Golden set', 'Emergency', 'Tickets', 'Residents waiting', 'Subscribers', 'Staff', 'Audit log']) {
    await page.getByRole('navigation').getByRole('link', { name: section }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: section === 'Residents waiting' ? 'Residents waiting' : section }).waitFor();
    assert.deepEqual(await axe(page), [], section);
    if (section === 'Dashboard') { await page.screenshot({ path: join(SHOTS, 'console-dashboard.png') }); }
  }
  // A resident who asked at the desk to have their data erased.
  await page.getByRole('navigation').getByRole('link', { name: 'Subscribers' }).click();
  await page.getByRole('heading', { name: "Erase a resident's data" }).waitFor();
  await page.getByLabel('Channel', { exact: true }).last().selectOption('telegram');
  await page.getByLabel('Address on the channel').fill('424242');
  await page.getByRole('button', { name: 'Erase' }).click();
  assert.equal(await page.getByRole('status').filter({ hasText: /^Erased/ }).count(), 0, 'not without the check');
  await page.getByLabel('I have checked who is asking').check();
  await page.getByRole('button', { name: 'Erase' }).click();
  await page.getByRole('status').filter({ hasText: /^Erased: \d+ records/ }).waitFor();
  assert.equal(await page.getByLabel('Address on the channel').inputValue(), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an editor sees no publish, unpublish or staff controls', async () => {
  const { context, page } = await signedIn(EDITOR, EDITOR_PASSWORD);
  assert.equal(await page.getByRole('link', { name: 'Staff' }).count(), 0);
  await page.getByRole('link', { name: /trash/i }).first().click();
  await page.getByRole('heading', { name: /^Edit:/ }).waitFor();
  assert.equal(await page.getByRole('button', { name: /Publish|Unpublish/ }).count(), 0);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /Publish/ }).count(), 0);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await page.getByRole('status').filter({ hasText: 'Draft discarded' }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/signedOut/);
  const back = await page.goto(BASE + '/console');
  assert.match(page.url(), /\/login$/);
  await context.close();
});
