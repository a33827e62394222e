// Drives mcpgate with the official MCP TypeScript SDK client, over Streamable HTTP (/mcp) and legacy HTTP+SSE
// (/sse), against the Jira DC simulator the integration tests start. One line per check; exit 1 on any failure.
//
//   node ts-client-check.mjs http://127.0.0.1:9180            both transports
//   node ts-client-check.mjs http://127.0.0.1:9180 sse        one of them: streamable-http or sse
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';

const JIRA_TOOLS = ['jira_add_comment', 'jira_create_issue', 'jira_get_issue', 'jira_get_transitions', 'jira_search',
  'jira_transition_issue', 'jira_update_issue'];
const TRANSPORTS = {
  'streamable-http': (base) => new StreamableHTTPClientTransport(new URL('/mcp', base)),
  sse: (base) => new SSEClientTransport(new URL('/sse', base)),
};
const TIMEOUT = { timeout: 60_000 };

const [base, only] = process.argv.slice(2);
if (!base || (only && !TRANSPORTS[only])) {
  console.error('usage: node ts-client-check.mjs <mcpgate base URL> [streamable-http|sse]');
  process.exit(2);
}

let failures = 0;

/** Runs one named check; a thrown error or a false assertion fails it, and the run goes on. */
async function check(name, body) {
  try {
    const detail = await body();
    console.log(`PASS ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}: ${error?.message ?? error}`);
  }
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function text(result) {
  return (result.content ?? []).filter((c) => c.type === 'text').map((c) => c.text).join('\n');
}

/** Calls a tool that must succeed; returns its result. */
async function ok(client, name, args) {
  const result = await client.callTool({ name, arguments: args }, undefined, TIMEOUT);
  expect(result.isError !== true, `${name} answered isError: ${text(result)}`);
  return result;
}

async function run(transportName) {
  const client = new Client({ name: 'mcpgate-ts-client-check', version: '1.0.0' });
  const tag = `[${transportName}]`;
  try {
    await client.connect(TRANSPORTS[transportName](base), TIMEOUT);
  } catch (error) {
    failures++;
    console.log(`FAIL ${tag} initialize: ${error?.message ?? error}`);
    return;
  }
  try {
    await check(`${tag} initialize`, async () => {
      const info = client.getServerVersion();
      expect(info?.name === 'mcpgate', `server name is ${info?.name}`);
      expect(client.getServerCapabilities()?.tools, 'no tools capability');
      return `${info.name} ${info.version}`;
    });

    await check(`${tag} tools/list has the seven Jira tools`, async () => {
      const { tools } = await client.listTools(undefined, TIMEOUT);
      const names = tools.map((t) => t.name).sort();
      expect(JSON.stringify(names) === JSON.stringify(JIRA_TOOLS), `got ${names.join(', ')}`);
      for (const tool of tools) {
        expect(tool.description && tool.inputSchema?.type === 'object', `${tool.name} lacks description or schema`);
      }
      return names.join(', ');
    });

    await check(`${tag} jira_search project = DEMO`, async () => {
      const page = JSON.parse(text(await ok(client, 'jira_search', { jql: 'project = DEMO', limit: 5 })));
      expect(page.total > 0 && page.issues.length > 0, `no issues: ${JSON.stringify(page)}`);
      expect(page.issues.every((i) => i.key.startsWith('DEMO-')), 'an issue outside DEMO');
      return `${page.total} issues, first ${page.issues[0].key}`;
    });

    await check(`${tag} jira_get_issue DEMO-1`, async () => {
      const issue = JSON.parse(text(await ok(client, 'jira_get_issue', { issue_key: 'DEMO-1' })));
      expect(issue.key === 'DEMO-1' && issue.summary, `got ${JSON.stringify(issue).slice(0, 200)}`);
      return issue.summary;
    });

    let created;
    await check(`${tag} jira_create_issue in DEMO`, async () => {
      const result = await ok(client, 'jira_create_issue', { project_key: 'DEMO', issue_type: 'Task',
        summary: `Created by the TypeScript SDK client over ${transportName}`, description: 'Made by **ts-client-check**.' });
      created = result.structuredContent?.key;
      expect(/^DEMO-\d+$/.test(created ?? ''), `no key in ${JSON.stringify(result)}`);
      return text(result);
    });

    await check(`${tag} jira_get_transitions + jira_transition_issue`, async () => {
      expect(created, 'no issue was created');
      const transitions = JSON.parse(text(await ok(client, 'jira_get_transitions', { issue_key: created })));
      expect(Array.isArray(transitions) && transitions.length > 0, `no transitions: ${JSON.stringify(transitions)}`);
      const chosen = transitions[0];
      const moved = await ok(client, 'jira_transition_issue', { issue_key: created, transition_id: chosen.id });
      expect(moved.structuredContent?.status === chosen.to, `expected status ${chosen.to}: ${text(moved)}`);
      const issue = JSON.parse(text(await ok(client, 'jira_get_issue', { issue_key: created })));
      expect(issue.status === chosen.to, `issue status is ${issue.status}, expected ${chosen.to}`);
      return text(moved);
    });

    await check(`${tag} jira_add_comment`, async () => {
      expect(created, 'no issue was created');
      const result = await ok(client, 'jira_add_comment', { issue_key: created, body: 'Checked by *ts-client-check*.' });
      expect(result.structuredContent?.comment_id, `no comment id: ${JSON.stringify(result)}`);
      return text(result);
    });

    await check(`${tag} unknown issue is a tool error that says what to do`, async () => {
      const result = await client.callTool({ name: 'jira_get_issue', arguments: { issue_key: 'DEMO-99999' } },
        undefined, TIMEOUT);
      const message = text(result);
      expect(result.isError === true, `isError is ${result.isError}: ${message}`);
      expect(message.includes('DEMO-99999') && /does not exist/i.test(message) && message.includes('jira_search'),
        `unhelpful message: ${message}`);
      return message;
    });

    await check(`${tag} unknown tool is a JSON-RPC error`, async () => {
      try {
        const result = await client.callTool({ name: 'jira_no_such_tool', arguments: {} }, undefined, TIMEOUT);
        throw new Error(`answered a result instead: ${JSON.stringify(result)}`);
      } catch (error) {
        expect(error instanceof McpError, `not a JSON-RPC error: ${error?.message ?? error}`);
        // The spec's example answers an unknown tool with -32602 (invalid params).
        expect(error.code === ErrorCode.InvalidParams && /unknown tool/i.test(error.message),
          `expected -32602 'Unknown tool', got ${error.code}: ${error.message}`);
        return `code ${error.code}: ${error.message}`;
      }
    });
  } finally {
    await client.close().catch(() => {});
  }
}

for (const name of only ? [only] : Object.keys(TRANSPORTS)) {
  await run(name);
}
console.log(failures === 0 ? 'ts-client-check: all checks passed' : `ts-client-check: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
