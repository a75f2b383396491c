// The read-only guard, table-driven: writes and admin calls refused, reads (even with scary words in
// strings, comments or names) allowed.
import { describe, expect, it } from 'vitest';
import { assertReadOnly, stripLiterals, writeReason } from '../../src/neo4j/guard.ts';

const refused: [string, RegExp][] = [
  ['CREATE (n:Person {name: "x"})', /CREATE/],
  ['match (n) set n.x = 1', /SET/],
  ['MATCH (a), (b) MERGE (a)-[:KNOWS]->(b)', /MERGE/],
  ['MATCH (n) DETACH DELETE n', /DETACH/],
  ['MATCH (n) DELETE n', /DELETE/],
  ['MATCH (n) REMOVE n:Person', /REMOVE/],
  ['DROP CONSTRAINT turngraph_entity_key', /DROP/],
  ["LOAD CSV FROM 'file:///x.csv' AS row RETURN row", /LOAD CSV/],
  ["load\n csv with headers from 'x' as r return r", /LOAD CSV/],
  ['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', /FOREACH|SET/],
  ["CALL dbms.security.createUser('eve', 'pw', false)", /CALL dbms\.security\.createUser/],
  ["CALL apoc.create.node(['X'], {})", /CALL apoc\.create\.node/],
  ["CALL db.createLabel('X')", /CALL db\.createLabel/],
  ['MATCH (n) WITH n /* harmless */ CREATE (m)', /CREATE/],
  ["ALTER USER neo4j SET PASSWORD 'x'", /ALTER|SET/],
  ['CALL { MATCH (n) DELETE n } IN TRANSACTIONS', /DELETE/],
];
const allowed = [
  "MATCH (e:Entity {label: 'OpenAI'})-[r]-(o) RETURN e, r, o",
  "MATCH (n) WHERE n.text CONTAINS 'CREATE (x)' RETURN n",
  'MATCH (n) WHERE n.text = "we DELETE nothing; SET aside" RETURN n',
  'MATCH (n) RETURN n // then DELETE n',
  'MATCH (n) /* DROP everything */ RETURN count(n)',
  'MATCH (n:`CREATE`) RETURN n.set AS set_value, n.`delete` AS x',
  'MATCH (n) RETURN n.created, n.settings, {remove: 1} AS m, $merge',
  "RETURN 'it\\'s a MERGE' AS s",
  'CALL db.labels() YIELD label RETURN label',
  'CALL db.schema.visualization()',
  'MATCH p = shortestPath((a:Entity)-[*..4]-(b:Entity)) RETURN p',
];

describe('read-only guard', () => {
  it.each(refused)('refuses %s', (query, reason) => {
    expect(writeReason(query)).toMatch(reason);
    expect(() => assertReadOnly(query)).toThrow(/refused: read-only/);
  });
  it.each(allowed)('allows %s', (query) => {
    expect(writeReason(query)).toBeNull();
  });
  it('refuses an empty query', () => {
    expect(() => assertReadOnly('   ')).toThrow(/empty/);
  });
  it('blanks strings, quoted names and comments but keeps positions', () => {
    const query = "MATCH (n) WHERE n.a = 'DELETE' // SET\nRETURN `MERGE`";
    const stripped = stripLiterals(query);
    expect(stripped).toHaveLength(query.length);
    expect(stripped).not.toMatch(/DELETE|SET|MERGE/);
    expect(stripped).toMatch(/^MATCH \(n\) WHERE n\.a = '\s+'\s+\nRETURN\s+$/);
  });
});
