/**
 * Fields a response carried that the contract does not know (issue 13, point 6). The schemas
 * are tolerant: `z.object` drops unknown keys from the parsed data, so a key of the raw body
 * that the parsed data lacks at the same place is an unknown field. The client notes each one
 * once in the console (src/lib/api-client.ts); the contract tests assert that the answer layer
 * sends none (docs/api.md "Evolution").
 */

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The paths of the unknown fields of `raw`, given what the schema made of it (`parsed`), array
 * positions written `[]` (`features[].properties.updatedAt`), sorted. Arrays whose first item
 * is not an object (coordinates, bboxes, months) are not walked: the contract has no object
 * inside them, and a province's boundaries hold millions of positions. An array the schema
 * shortened (a lenient list that left a bad item out) is not compared item by item.
 */
export function unknownFields(raw: unknown, parsed: unknown): string[] {
  const found = new Set<string>();
  const walk = (r: unknown, p: unknown, path: string) => {
    if (Array.isArray(r)) {
      if (!Array.isArray(p) || r.length !== p.length || !isPlainObject(r[0])) return;
      for (let i = 0; i < r.length; i++) walk(r[i], p[i], `${path}[]`);
      return;
    }
    if (!isPlainObject(r) || !isPlainObject(p)) return;
    for (const key of Object.keys(r)) {
      const at = path ? `${path}.${key}` : key;
      if (Object.hasOwn(p, key)) walk(r[key], p[key], at);
      else found.add(at);
    }
  };
  walk(raw, parsed, '');
  return [...found].sort();
}

/**
 * The endpoint a path belongs to, with region codes written `{code}`
 * (`/api/v1/regions/532398101/summary` → `/api/v1/regions/{code}/summary`), so that a field is
 * noted once per endpoint, not once per region.
 */
export function endpointPattern(pathname: string): string {
  return pathname.replace(/\/\d+(?=\/|$)/g, '/{code}');
}
