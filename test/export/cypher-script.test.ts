// The exported .cypher script run statement by statement against the real Neo4j: strings with quotes,
// backslashes, line breaks, control characters and unicode come back exactly, and the result equals a sync.
import { describe, expect, it, afterAll } from 'vitest';
import { toCypherScript } from '../../src/export/cypher.ts';
import { syncGraphs } from '../../src/neo4j/sync.ts';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { cleanup, dumpState, graphOf, namespace, namespaced, neo4jForTests, query } from '../neo4j/server.ts';

const server = await neo4jForTests();
const NASTY = "it's \"quoted\" \\ back\\slash\nnew line\r\n\ttab \u0001ctl 陶哲轩 🚀 \u2028 '; MATCH (n) DETACH DELETE n //";

function nastyGraph(ns: string): SerializedKnowledgeGraph {
  const data = namespaced(ns);
  const turn = data.attributes!.turns.find((t) => t.id.endsWith('neo4j-small.en#3'))!; // boilerplate turn, no spans into it
  turn.text = NASTY;
  turn.section = NASTY;
  data.attributes!.documents[0].title = NASTY;
  const tao = data.nodes.find((n) => n.key.endsWith('terence-tao'))!;
  tao.attributes!.aliases = ['陶哲轩', NASTY];
  tao.attributes!.label = `Terence "Tao" \\ '陶'`;
  return data;
}

describe.skipIf(!server)('exported Cypher script on a real server', () => {
  const scripted = namespace('script');
  const synced = namespace('synced');
  afterAll(async () => {
    await cleanup(server!, scripted);
    await cleanup(server!, synced);
  });

  it('round-trips every string exactly and builds the same model as turngraph sync', async () => {
    const script = toCypherScript(graphOf(nastyGraph(scripted)));
    const statements = script.split('\n').filter((line) => line.trim() && !line.startsWith('//'));
    for (const statement of statements) expect(statement.endsWith(';')).toBe(true);
    const session = server!.driver.session({ database: server!.config.database });
    try {
      for (const statement of statements) await session.run(statement.slice(0, -1));
    } finally {
      await session.close();
    }
    const [turn] = await query<{ text: string; section: string }>(server!, 'MATCH (t:Turn {id: $id}) RETURN t.text AS text, t.section AS section', { id: `${scripted}/neo4j-small.en#3` });
    expect(turn).toEqual({ text: NASTY, section: NASTY });
    const [tao] = await query<{ label: string; aliases: string[] }>(server!, 'MATCH (e:Entity:Person {key: $key}) RETURN e.label AS label, e.aliases AS aliases', { key: `${scripted}/terence-tao` });
    expect(tao).toEqual({ label: `Terence "Tao" \\ '陶'`, aliases: ['陶哲轩', NASTY] });
    expect((await query<{ n: number }>(server!, 'MATCH (n) RETURN count(n) > 0 AS n'))[0].n).toBe(true); // the injected DELETE stayed text

    await syncGraphs(server!.driver, server!.config, [graphOf(nastyGraph(synced))]);
    expect(await dumpState(server!, scripted)).toEqual(await dumpState(server!, synced));
  });
});
