/**
 * The list's rows as the virtualizer takes them. It takes only a real array (`Array.isArray`), and
 * reads nothing of it but `length` and the rows it draws; the rows are a typed array, which at
 * 200,000 results took milliseconds to copy into one, every keystroke and every minute. So the
 * virtualizer gets an array that reads from the typed array instead (a proxy of an empty array,
 * which `Array.isArray` counts as one), read-only, and the same one for the same rows, since the
 * virtualizer starts over whenever its array is a new one.
 */
const faces = new WeakMap<Int32Array, readonly number[]>();

export function rowArray(rows: Int32Array): readonly number[] {
  let face = faces.get(rows);
  if (!face) {
    face = new Proxy<number[]>([], {
      get: (target, key, receiver) => {
        if (key === 'length') return rows.length;
        const index = indexOf(key);
        return index === undefined ? Reflect.get(target, key, receiver) : rows[index];
      },
      has: (target, key) => {
        const index = indexOf(key);
        return index === undefined ? Reflect.has(target, key) : index < rows.length;
      },
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    });
    faces.set(rows, face);
  }
  return face;
}

/** An array index a property key names ("12"), else undefined. */
function indexOf(key: string | symbol): number | undefined {
  if (typeof key !== 'string' || key === '') return undefined;
  const code = key.charCodeAt(0);
  if (code < 48 || code > 57) return undefined;
  const index = Number(key);
  return Number.isInteger(index) && String(index) === key ? index : undefined;
}
