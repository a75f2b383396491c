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

/** Relation types whose source only a company can be ("Kite makes Yescarta", "PowerCo is building a plant in Ontario"). */
const COMPANY_SOURCE = new Set(['DEVELOPED', 'RELEASED', 'ACQUIRED', 'PARTNERS_WITH', 'SUPPLIES', 'HEADQUARTERED_IN', 'LOCATED_IN', 'INVESTED_IN', 'FUNDS']);
/** Relation types whose target only a company can be (people work there). */
const COMPANY_TARGET = new Set(['WORKS_AT', 'WORKED_AT', 'CEO_OF']);

/**
 * Drops "X DEVELOPED Y" where Y is a name no lexicon knows, typed an organisation, that the document shows acting as
 * a company itself: "Gilead's Kite … Kite makes Yescarta", "Volkswagen's PowerCo is building a cell plant in Ontario".
 * Such a possessive names a subsidiary, not a product. `known`: entities some lexicon or speaker mention names.
 */
export function withoutSubsidiaryProducts<R extends { source: string; target: string; type: string }>(relations: R[], entities: Map<string, Entity>, known: Set<string>): R[] {
  const acting = new Set<string>();
  for (const r of relations) {
    if (COMPANY_SOURCE.has(r.type)) acting.add(r.source);
    if (COMPANY_TARGET.has(r.type)) acting.add(r.target);
  }
  return relations.filter((r) => r.type !== 'DEVELOPED' || !acting.has(r.target) || known.has(r.target) || entities.get(r.target)?.type !== 'organization');
}
