// Whose product a product is, when its name says so: "COMAC C919", "CFM LEAP" open with their maker's name, so an
// airline written before one ("国航的C919") flies it and did not develop it.
import type { Entity } from '../../types.ts';

/** Per document (its entities), the labels of its organizations: built once, on the first product relation asked about. */
const organizationLabels = new WeakMap<Map<string, Entity>, Set<string>>();

/** Whether the target is a product or model whose label opens with another organization of the document than the source. */
export function madeByOther(source: string, target: string, entities: Map<string, Entity>): boolean {
  const product = entities.get(target);
  const maker = entities.get(source);
  if (!product || !maker || (product.type !== 'product' && product.type !== 'model') || !product.label.includes(' ')) return false;
  let labels = organizationLabels.get(entities);
  if (!labels) {
    labels = new Set([...entities.values()].filter((e) => e.type === 'organization').map((e) => e.label));
    organizationLabels.set(entities, labels);
  }
  const own = new Set([maker.label, ...maker.aliases]);
  for (let space = product.label.indexOf(' '); space > 0; space = product.label.indexOf(' ', space + 1)) {
    const prefix = product.label.slice(0, space);
    if (labels.has(prefix) && !own.has(prefix)) return true;
  }
  return false;
}
