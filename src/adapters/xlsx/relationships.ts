/**
 * Relationship parts (`_rels/*.rels`): reading them, and adding or removing relationships
 * without rewriting the others.
 */
import { attributes, escapeAttr, findElements } from './xml';

/** One relationship. `type` is the full URI; match it with `isRelType`. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships in a .rels part ([] for none). */
export function parseRelationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return findElements(xml, 'Relationship').map(({ tag }) => {
    const a = attributes(tag);
    return { id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', external: a.TargetMode === 'External' };
  });
}

/**
 * True when a relationship type is `kind` in the transitional or the strict vocabulary:
 * ".../officeDocument/2006/relationships/worksheet" and "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet".
 */
export function isRelType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/** The transitional URI of a relationship type Loadline writes. */
export function relType(kind: 'worksheet' | 'table'): string {
  return `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`;
}

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** A relationship id not yet used in the part: rId1, rId2, … */
export function freeRelId(relationships: readonly Relationship[]): string {
  const used = new Set(relationships.map((r) => r.id));
  let n = relationships.length + 1;
  for (let i = 1; i <= relationships.length + 1; i++) {
    if (!used.has(`rId${i}`)) { n = i; break; }
  }
  return `rId${n}`;
}

/** The .rels XML with a relationship appended (a new part when `xml` is undefined). */
export function addRelationship(xml: string | undefined, rel: { id: string; type: string; target: string }): string {
  const base = xml ?? EMPTY_RELS;
  const element = `<Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(rel.target)}"/>`;
  const close = base.lastIndexOf('</');
  if (close < 0 || /<(?:\w+:)?Relationships[^>]*\/>\s*$/.test(base)) {
    return base.replace(/<((?:\w+:)?Relationships)([^>]*)\/>\s*$/, `<$1$2>${element}</$1>`);
  }
  return base.slice(0, close) + element + base.slice(close);
}

/** The .rels XML without the relationship of that id. */
export function removeRelationship(xml: string, id: string): string {
  for (const element of findElements(xml, 'Relationship')) {
    if (attributes(element.tag).Id === id) return xml.slice(0, element.start) + xml.slice(element.end);
  }
  return xml;
}
