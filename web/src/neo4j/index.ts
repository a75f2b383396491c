// Neo4j in the viewer: asks once whether Neo4j answers, adds the details-panel section, and forgets what was
// loaded when another graph is opened. Imported once by main.ts.
import { registerDetailsSection } from '../api.ts';
import { data } from '../state/data.ts';
import { forgetLoaded, neo4j } from '../state/neo4j.ts';
import { fetchNeo4jStatus } from './client.ts';
import { edgeSection, nodeSection } from './details.ts';
import './neo4j.css';

export { expandNeighbourhood, emptyGraph, neo4jStartNode } from './expand.ts';

registerDetailsSection({ node: nodeSection, edge: edgeSection });
data.subscribe((state, previous) => {
  if (state.graph !== previous.graph) forgetLoaded();
});
void fetchNeo4jStatus().then((status) => neo4j.set({ reachable: status.reachable }));
