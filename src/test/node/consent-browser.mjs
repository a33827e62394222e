// A person in a real browser (Debian's Chromium, driven by playwright-core) on mcpgate's OAuth consent page: it opens
// the authorization URL the test built, reads what the page shows, answers it, logs in to Jira on the simulator's
// login page when it approved, and lands on the client's loopback redirect URI, served here by a tiny HTTP server
// as a desktop MCP client would.
//
//   node consent-browser.mjs <request.json> <result.json>
//
// request.json: {"authorizeUrl", "redirectUri", "decision": "approve" | "deny" | "none", "user", "password",
//                "screenshot": "<png path>" (optional), "chromium": "/usr/bin/chromium" (optional)}
// result.json:  {"consent": {what the page showed}, "landed": {"url", "query"} or null, "pwned", "dialogs",
//                "pageErrors", "console", "error"}
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const [requestFile, resultFile] = process.argv.slice(2);
if (!requestFile || !resultFile) {
  console.error('usage: node consent-browser.mjs <request.json> <result.json>');
  process.exit(2);
}
const request = JSON.parse(readFileSync(requestFile, 'utf8'));
const redirect = new URL(request.redirectUri);
const TIMEOUT = 30_000;
const result = { consent: null, landed: null, pwned: null, dialogs: [], pageErrors: [], console: [], error: null };

/** The client's loopback redirect URI: records what arrives and shows a page a person would see. */
let arrived;
const landing = new Promise((resolve) => {
  arrived = resolve;
});
const server = createServer((req, res) => {
  const url = new URL(req.url, request.redirectUri);
  if (url.pathname !== redirect.pathname) {
    res.writeHead(404).end();
    return;
  }
  arrived({ url: url.href, query: Object.fromEntries(url.searchParams) });
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    .end('<!DOCTYPE html><title>Signed in</title><p id="done">You can close this window.</p>');
});
await new Promise((resolve, reject) => server.once('error', reject).listen(Number(redirect.port), redirect.hostname,
  resolve));

const browser = await chromium.launch({
  executablePath: request.chromium ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ viewport: { width: 900, height: 640 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('dialog', (dialog) => {
    result.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => result.pageErrors.push(String(error)));
  // A blocked inline script would show here as a Content Security Policy violation: there must be nothing to block.
  page.on('console', (message) => result.console.push(`${message.type()}: ${message.text()}`));

  const response = await page.goto(request.authorizeUrl, { waitUntil: 'load' });
  // Give anything the page might run (an injected onerror, a timer) the time to run before looking.
  await page.waitForTimeout(300);
  result.pwned = await page.evaluate(() => (typeof window.__pwned === 'undefined' ? null : String(window.__pwned)));
  result.consent = {
    status: response.status(),
    url: page.url(),
    title: await page.title(),
    csp: response.headers()['content-security-policy'] ?? null,
    frameOptions: response.headers()['x-frame-options'] ?? null,
    clientName: await page.locator('#client-name').textContent(),
    clientNameChildren: await page.locator('#client-name > *').count(),
    redirectHost: await page.locator('#redirect-host').textContent(),
    scopes: await page.locator('#scopes li').allTextContents(),
    text: await page.locator('body').innerText(),
    images: await page.locator('img').count(),
    scripts: await page.locator('script').count(),
    approveVisible: await page.locator('#approve').isVisible(),
    denyVisible: await page.locator('#deny').isVisible(),
  };
  if (request.screenshot) {
    await page.screenshot({ path: request.screenshot, fullPage: true });
  }

  if (request.decision === 'approve') {
    await page.click('#approve');
    // Jira: its login page (the simulator's, with Jira's element ids), then back through mcpgate to the client.
    await page.waitForURL((url) => url.pathname === '/login');
    result.loginPage = page.url();
    await page.fill('#login-form-username', request.user);
    await page.fill('#login-form-password', request.password);
    await page.click('#login-form-submit');
  } else if (request.decision === 'deny') {
    await page.click('#deny');
  }
  if (request.decision === 'approve' || request.decision === 'deny') {
    result.landed = await Promise.race([landing, new Promise((_, reject) => setTimeout(
      () => reject(new Error(`the browser never reached ${request.redirectUri}; it is at ${page.url()}`)), TIMEOUT))]);
    await page.waitForURL((url) => url.href.startsWith(request.redirectUri));
    result.finalPage = await page.locator('#done').textContent();
  }
} catch (error) {
  result.error = String(error?.stack ?? error);
} finally {
  await browser.close().catch(() => {});
  server.close();
  writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
}
console.log(result.error ? `consent-browser: FAIL ${result.error}` : 'consent-browser: done');
process.exit(result.error ? 1 : 0);
