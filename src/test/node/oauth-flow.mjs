// The official MCP TypeScript SDK client through mcpgate's OAuth proxy, as an MCP client on a person's desktop would:
// connect without a token (401), let the SDK's auth() discover (RFC 9728, then RFC 8414), register (RFC 7591) and
// send the person to the authorization page; here the provider plays that person (consent page, Approve, Jira's
// login page as the given user, back through mcpgate's callback) and reads the code from the redirect to its
// loopback redirect URI, which nothing needs to listen on. Then finishAuth, tools/list, a comment on an issue, one
// refresh of the tokens, and a second comment with the new access token.
//
//   node oauth-flow.mjs <proxy base URL> <report file> <issue key> <comment marker> [user] [password]
//
// The report (JSON) lists each step with ok and detail; the exit code is 1 if any step failed.
import { writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { auth, UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';

const [base, reportFile, issueKey, marker, user = 'bob', password = user] = process.argv.slice(2);
if (!base || !reportFile || !issueKey || !marker) {
  console.error('usage: node oauth-flow.mjs <proxy base URL> <report file> <issue key> <comment marker> [user]'
    + ' [password]');
  process.exit(2);
}
const MCP_URL = new URL('/mcp', base);
// RFC 8252 §7.3: a loopback redirect URI on a port of the client's choosing. Nothing listens: the code is read from
// the Location header of the redirect that would reach it.
const REDIRECT_URI = `http://127.0.0.1:${30000 + Math.floor(Math.random() * 20000)}/oauth/callback`;
const TIMEOUT = { timeout: 60_000 };

const report = { base, redirectUri: REDIRECT_URI, user, steps: [], requests: [] };

/** Runs one named step; a thrown error fails it, and the run stops at the first failure. */
async function step(name, body, describe = (value) => value) {
  const started = Date.now();
  try {
    const value = await body();
    const detail = describe(value);
    report.steps.push({ name, ok: true, detail: detail ?? null, ms: Date.now() - started });
    console.log(`PASS ${name}${detail ? `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`);
    return value;
  } catch (error) {
    report.steps.push({ name, ok: false, detail: String(error?.stack ?? error), ms: Date.now() - started });
    console.log(`FAIL ${name}: ${error?.stack ?? error}`);
    throw error;
  }
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** A token's fingerprint for the report: never the token itself. */
function fingerprint(token) {
  return token ? createHash('sha256').update(token).digest('base64url').slice(0, 12) : null;
}

/**
 * The SDK's HTTP calls, logged (method, path, status, which bearer token) so the report shows discovery,
 * registration and the token each request carried.
 */
async function loggingFetch(url, init) {
  const response = await fetch(url, init);
  const u = new URL(url instanceof Request ? url.url : String(url));
  const authorization = new Headers(init?.headers).get('authorization');
  const method = init?.method ?? (url instanceof Request ? url.method : 'GET');
  report.requests.push({ method, url: u.origin + u.pathname, status: response.status,
    bearer: fingerprint(authorization?.replace(/^Bearer /i, '')) });
  return response;
}

// ---------------------------------------------------------------------------------------------------------------
// The person's browser: a cookie jar per host (as browsers keep them: ports share a host's cookies), redirects
// shown and followed by hand.

const jar = new Map();

function storeCookies(url, response) {
  const host = new URL(url).hostname;
  const cookies = jar.get(host) ?? new Map();
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const eq = pair.indexOf('=');
    const maxAge = /;\s*max-age=(-?\d+)/i.exec(header);
    if (maxAge && Number(maxAge[1]) <= 0) {
      cookies.delete(pair.slice(0, eq).trim());
    } else {
      cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  jar.set(host, cookies);
}

async function browse(url, { method = 'GET', form } = {}) {
  const headers = { Accept: 'text/html' };
  const cookies = jar.get(new URL(url).hostname);
  if (cookies?.size) {
    headers.Cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  let body;
  if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(form).toString();
  }
  const response = await fetch(url, { method, headers, body, redirect: 'manual' });
  storeCookies(url, response);
  const location = response.headers.get('location');
  return { status: response.status, headers: response.headers, location: location && new URL(location, url).href,
    html: await response.text() };
}

function decodeHtml(text) {
  return text.replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function hiddenInput(html, name) {
  const input = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html);
  const value = input && /value="([^"]*)"/.exec(input[0]);
  expect(value, `the page has no hidden input ${name}`);
  return decodeHtml(value[1]);
}

function elementText(html, id) {
  const match = new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html);
  expect(match, `the page has no element #${id}`);
  return decodeHtml(match[1]);
}

// ---------------------------------------------------------------------------------------------------------------
// The OAuthClientProvider: an in-memory store, and a redirectToAuthorization that plays the person.

class PersonDrivenProvider {
  constructor() {
    this.stored = {};
    this.authorizations = [];
  }

  get redirectUrl() {
    return REDIRECT_URI;
  }

  get clientMetadata() {
    return {
      client_name: 'mcpgate oauth-flow check (TypeScript SDK)',
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }

  state() {
    this.stored.state = randomBytes(16).toString('base64url');
    return this.stored.state;
  }

  clientInformation() {
    return this.stored.client;
  }

  saveClientInformation(information) {
    this.stored.client = information;
  }

  tokens() {
    return this.stored.tokens;
  }

  saveTokens(tokens) {
    this.stored.tokens = tokens;
  }

  saveCodeVerifier(verifier) {
    this.stored.verifier = verifier;
  }

  codeVerifier() {
    expect(this.stored.verifier, 'no code verifier was saved');
    return this.stored.verifier;
  }

  discoveryState() {
    return this.stored.discovery;
  }

  saveDiscoveryState(state) {
    this.stored.discovery = state;
  }

  /** The person: consent page, Approve, Jira's login page, mcpgate's callback, and the code for the client. */
  async redirectToAuthorization(url) {
    this.authorizations.push(url.href);
    this.code = undefined;
    this.code = await signIn(url, this.stored.state);
  }
}

async function signIn(authorizeUrl, state) {
  return step('browser: consent, Jira login and callback give a code', async () => {
    expect(authorizeUrl.href.startsWith(`${base}/oauth/authorize?`), `authorization URL ${authorizeUrl}`);
    const asked = authorizeUrl.searchParams;
    expect(asked.get('code_challenge_method') === 'S256' && asked.get('code_challenge')?.length === 43,
      `the SDK sent no S256 challenge: ${authorizeUrl}`);
    expect(asked.get('resource') === MCP_URL.href, `resource is ${asked.get('resource')}, not ${MCP_URL.href}`);

    const consent = await browse(authorizeUrl.href);
    expect(consent.status === 200, `the authorization page answered ${consent.status}: ${consent.html.slice(0, 300)}`);
    expect(consent.headers.get('x-frame-options') === 'DENY', 'the consent page may be framed');
    const clientName = elementText(consent.html, 'client-name');
    expect(clientName === 'mcpgate oauth-flow check (TypeScript SDK)', `#client-name shows ${clientName}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(consent.html);
    expect(action, 'the consent page has no form');
    const approved = await browse(new URL(decodeHtml(action[1]), authorizeUrl).href, { method: 'POST',
      form: { ticket: hiddenInput(consent.html, 'ticket'), csrf: hiddenInput(consent.html, 'csrf'),
        decision: 'approve' } });
    expect(approved.status === 303 || approved.status === 302, `Approve answered ${approved.status}: ${approved.html}`);
    const upstream = new URL(approved.location);
    expect(upstream.pathname === '/rest/oauth2/latest/authorize', `Approve sent the browser to ${upstream}`);

    // Jira: not logged in yet, so its login page, then back to its authorize page, which (auto-consent) redirects
    // to mcpgate's callback.
    const toLogin = await browse(upstream.href);
    expect(toLogin.status === 302 && new URL(toLogin.location).pathname === '/login',
      `Jira's authorize page answered ${toLogin.status} to ${toLogin.location}`);
    const loginPage = await browse(toLogin.location);
    expect(loginPage.status === 200 && loginPage.html.includes('id="login-form"'), 'no login form');
    const loggedIn = await browse(new URL('/login', toLogin.location).href, { method: 'POST', form: {
      os_username: user, os_password: password, os_destination: hiddenInput(loginPage.html, 'os_destination') } });
    expect(loggedIn.status === 302 && loggedIn.headers.get('x-ausername') === user,
      `logging in as ${user} answered ${loggedIn.status} (${loggedIn.headers.get('x-ausername')})`);
    const toCallback = await browse(loggedIn.location);
    expect(toCallback.status === 302 && toCallback.location?.startsWith(`${base}/oauth/callback?`),
      `Jira's authorize page answered ${toCallback.status} to ${toCallback.location}`);

    const back = await browse(toCallback.location);
    expect(back.status === 302 && back.location?.startsWith(`${REDIRECT_URI}?`),
      `mcpgate's callback answered ${back.status} to ${back.location}: ${back.html.slice(0, 300)}`);
    const answer = new URL(back.location).searchParams;
    expect(!answer.get('error'), `the client got error=${answer.get('error')}: ${answer.get('error_description')}`);
    expect(answer.get('state') === state, `state ${answer.get('state')} is not the client's ${state}`);
    expect(answer.get('iss') === base, `iss ${answer.get('iss')} is not ${base} (RFC 9207)`);
    expect(answer.get('code'), 'no code');
    return answer.get('code');
  }, () => 'a code for the client, with its state and iss');
}

// ---------------------------------------------------------------------------------------------------------------

function text(result) {
  return (result.content ?? []).filter((c) => c.type === 'text').map((c) => c.text).join('\n');
}

function paths(method, path) {
  return report.requests.filter((r) => r.method === method && new URL(r.url).pathname === path);
}

async function comment(client, body) {
  const result = await client.callTool({ name: 'jira_add_comment', arguments: { issue_key: issueKey, body } },
    undefined, TIMEOUT);
  expect(result.isError !== true, `jira_add_comment answered isError: ${text(result)}`);
  expect(result.structuredContent?.comment_id, `no comment id: ${JSON.stringify(result)}`);
  return { commentId: String(result.structuredContent.comment_id), body };
}

const provider = new PersonDrivenProvider();
let client;
let exitCode = 0;
try {
  let first;
  await step('connect without a token: 401, then the SDK discovers, registers and redirects', async () => {
    first = new StreamableHTTPClientTransport(MCP_URL, { authProvider: provider, fetch: loggingFetch });
    const probe = new Client({ name: 'mcpgate-oauth-flow', version: '1.0.0' });
    let refused;
    try {
      await probe.connect(first, TIMEOUT);
    } catch (error) {
      refused = error;
    }
    await probe.close().catch(() => {});
    expect(refused instanceof UnauthorizedError, `connect did not fail as unauthorized: ${refused?.stack ?? refused}`);
    expect(paths('POST', '/mcp')[0]?.status === 401, `POST /mcp answered ${paths('POST', '/mcp')[0]?.status}`);
    expect(paths('GET', '/.well-known/oauth-protected-resource/mcp').some((r) => r.status === 200),
      'no RFC 9728 metadata was fetched');
    expect(paths('GET', '/.well-known/oauth-authorization-server').some((r) => r.status === 200),
      'no RFC 8414 metadata was fetched');
    expect(paths('POST', '/oauth/register')[0]?.status === 201, 'no client was registered (RFC 7591)');
    expect(provider.stored.client?.client_id, 'the SDK saved no client id');
    expect(provider.authorizations.length === 1 && provider.code, 'the SDK did not send the person to authorize');
    report.clientId = provider.stored.client.client_id;
    return report.requests.map((r) => `${r.method} ${new URL(r.url).pathname} ${r.status}`).join(', ');
  });

  await step('finishAuth exchanges the code at the token endpoint', async () => {
    await first.finishAuth(provider.code);
    const tokens = provider.stored.tokens;
    expect(tokens?.access_token && tokens.refresh_token, `no tokens: ${JSON.stringify(Object.keys(tokens ?? {}))}`);
    expect(tokens.token_type?.toLowerCase() === 'bearer', `token_type ${tokens.token_type}`);
    expect(tokens.scope === 'read write', `scope ${tokens.scope}`);
    expect(paths('POST', '/oauth/token').at(-1)?.status === 200, 'the token endpoint did not answer 200');
    return { scope: tokens.scope, expires_in: tokens.expires_in };
  });

  client = new Client({ name: 'mcpgate-oauth-flow', version: '1.0.0' });
  await step('connect again with the access token: initialize', async () => {
    await client.connect(new StreamableHTTPClientTransport(MCP_URL, { authProvider: provider, fetch: loggingFetch }),
      TIMEOUT);
    const info = client.getServerVersion();
    expect(info?.name === 'mcpgate', `server name ${info?.name}`);
    return `${info.name} ${info.version}`;
  });

  await step('tools/list', async () => {
    const { tools } = await client.listTools(undefined, TIMEOUT);
    const names = tools.map((t) => t.name);
    expect(names.includes('jira_add_comment') && names.includes('jira_get_issue'), `tools: ${names.join(', ')}`);
    return names.join(', ');
  });

  report.firstComment = await step(`tools/call jira_add_comment on ${issueKey}`,
    () => comment(client, `${marker} first, from the TypeScript SDK through the OAuth proxy`));

  await step('refresh the tokens once (auth() with the refresh token)', async () => {
    const before = { ...provider.stored.tokens };
    report.firstAccessToken = fingerprint(before.access_token);
    const result = await auth(provider, { serverUrl: MCP_URL, fetchFn: loggingFetch });
    expect(result === 'AUTHORIZED', `auth() answered ${result}`);
    const after = provider.stored.tokens;
    expect(provider.authorizations.length === 1, 'the refresh sent the person to authorize again');
    expect(paths('POST', '/oauth/token').at(-1)?.status === 200, 'the refresh did not answer 200');
    expect(after.access_token && after.access_token !== before.access_token, 'the access token did not change');
    expect(after.refresh_token && after.refresh_token !== before.refresh_token, 'the refresh token was not rotated');
    return 'new access token, rotated refresh token';
  });

  report.secondComment = await step(`tools/call jira_add_comment with the refreshed token`,
    () => comment(client, `${marker} second, after a token refresh`));
  await step('the second call carried the refreshed access token', async () => {
    const calls = paths('POST', '/mcp');
    const last = calls.at(-1);
    expect(last?.status === 200, `the last POST /mcp answered ${last?.status}`);
    expect(last.bearer === fingerprint(provider.stored.tokens.access_token), 'it did not carry the new token');
    expect(calls.some((r) => r.bearer === report.firstAccessToken && r.status === 200),
      'no earlier call carried the first token');
  });
} catch {
  exitCode = 1;
} finally {
  await client?.close().catch(() => {});
  report.passed = exitCode === 0 && report.steps.every((s) => s.ok);
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(report.passed ? 'oauth-flow: all steps passed' : 'oauth-flow: a step failed');
}
process.exit(report.passed ? 0 : 1);
