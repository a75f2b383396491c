// Example queries offered by the Cypher panel (the same ones docs/neo4j.md shows for the CLI).
export interface ExampleQuery {
  title: string;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: 'Quotes supporting OpenAI → o3',
    query: "MATCH (a:Entity {label: 'OpenAI'})-[r]-(b:Entity {label: 'o3'})\nWHERE type(r) <> 'CO_OCCURS'\nRETURN a, type(r) AS relation, b, r.quotes AS quotes",
  },
  {
    title: 'Organisations within two hops of o3',
    query: "MATCH p = (m:Entity {label: 'o3'})-[*1..2]-(o:Organization)\nWHERE all(n IN nodes(p) WHERE n:Entity)\nRETURN o, min(length(p)) AS hops ORDER BY hops",
  },
  {
    title: 'What each speaker talks about',
    query: 'MATCH (s:Person)-[:SPOKE]->(:Turn)-[:MENTIONS]->(e:Entity)\nWHERE e <> s\nRETURN s, e, count(*) AS mentions\nORDER BY mentions DESC LIMIT 25',
  },
  {
    title: 'Most mentioned entities',
    query: 'MATCH (:Turn)-[m:MENTIONS]->(e:Entity)\nRETURN e, e.type AS type, count(m) AS mentions\nORDER BY mentions DESC LIMIT 20',
  },
];
