// The GraphQL-over-HTTP spec, checked with the GraphQL Foundation's reference audit (graphql-http's serverAudits).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';

const base = process.env.STANCEGRAPH_URL ?? 'http://localhost:8080';

test('the graphql-http server audit passes with no warnings', async () => {
  const results = [];
  for (const audit of serverAudits({ url: `${base}/graphql` })) {
    const result = await audit.fn();
    results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason });
  }
  const count = (status) => results.filter((result) => result.status === status).length;
  console.log(`graphql-http audit: ${count('ok')} ok, ${count('warn')} warnings, ${count('notice')} notices, ${count('error')} errors`);
  for (const result of results.filter((r) => r.status !== 'ok')) {
    console.log(`  ${result.status} ${result.id} ${result.name}: ${result.reason}`);
  }
  assert.equal(count('error'), 0, 'audit errors');
  assert.equal(count('warn'), 0, 'audit warnings');
});
