/**
 * What a turn changed in the stored user context: keys added, removed and changed, as dotted paths
 * (`quiz.streak`). Objects are compared key by key; arrays and other values as a whole, so a list that
 * grew shows as one change with both versions rather than a change per index.
 */
export interface ContextChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Changes past this many are summed up in `more` (a context is a few dozen keys; this bounds a runaway one). */
export const MAX_CHANGES = 100;

export interface ContextDiff {
  changes: ContextChange[];
  /** Changes left out beyond MAX_CHANGES. */
  more: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function diffContext(before: Record<string, unknown> | null, after: Record<string, unknown> | null): ContextDiff {
  const changes: ContextChange[] = [];
  let more = 0;
  const push = (change: ContextChange) => {
    if (changes.length < MAX_CHANGES) changes.push(change);
    else more += 1;
  };
  const walk = (a: Record<string, unknown>, b: Record<string, unknown>, prefix: string) => {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const path = prefix ? `${prefix}.${key}` : key;
      const inA = Object.hasOwn(a, key) && a[key] !== undefined;
      const inB = Object.hasOwn(b, key) && b[key] !== undefined;
      if (inA && !inB) push({ path, kind: 'removed', before: a[key] });
      else if (!inA && inB) push({ path, kind: 'added', after: b[key] });
      else if (inA && inB && !same(a[key], b[key])) {
        if (isPlainObject(a[key]) && isPlainObject(b[key])) walk(a[key], b[key], path);
        else push({ path, kind: 'changed', before: a[key], after: b[key] });
      }
    }
  };
  walk(before ?? {}, after ?? {}, '');
  return { changes, more };
}
