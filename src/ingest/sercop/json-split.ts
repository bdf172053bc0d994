/**
 * A streaming splitter for OCDS packages: walks the JSON text chunk by chunk and hands out, one
 * at a time, the text of each element of the top-level `releases` or `records` array, with the
 * line it starts on and its JSON pointer. Only one element is held in memory at a time, so a
 * national year (hundreds of thousands of releases) never becomes one giant object.
 *
 * It tracks strings (with escapes) and bracket depth; everything outside the target array
 * (publisher, uri, extensions...) is skipped. Each element is then parsed with JSON.parse.
 * Structural problems (not an object, unbalanced brackets, truncated file) are reported as
 * `error` items with their line, never thrown.
 */

export interface PackageItem {
  kind: 'item';
  /** `releases` or `records`. */
  array: string;
  text: string;
  line: number;
  pointer: string;
}
export interface PackageError {
  kind: 'error';
  problem: string;
  line: number;
}

const TARGETS = new Set(['releases', 'records']);

/** Splits an OCDS package given as a sequence of text chunks (any size). */
export function* splitPackage(chunks: Iterable<string>): Generator<PackageItem | PackageError> {
  let depth = 0;
  let inString = false;
  let escape = false;
  let line = 1;
  let started = false;
  // Top-level key being read (depth 1) and the last complete one.
  let keyParts: string[] | null = null;
  let keyStart = -1;
  let lastKey: string | null = null;
  // The target array we are inside of (depth >= 2), and the element being captured.
  let array: string | null = null;
  let arrayIndex = 0;
  let elemParts: string[] | null = null;
  let elemStart = -1;
  let elemLine = 0;
  let sawTarget = false;
  // True between the target array's "[" or a "," and the next element.
  let expecting = false;
  const stack: number[] = [];

  for (const chunk of chunks) {
    if (elemParts) elemStart = 0;
    if (keyParts) keyStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escape) escape = false;
        else if (c === 92) escape = true;
        else if (c === 34) {
          inString = false;
          if (keyParts) {
            keyParts.push(chunk.slice(keyStart, i));
            lastKey = keyParts.join('');
            keyParts = null;
          }
        }
        continue;
      }
      if (expecting && depth === 2 && c !== 32 && c !== 10 && c !== 13 && c !== 9) {
        expecting = false;
        if (c !== 123 && c !== 93) {
          yield { kind: 'error', problem: `elemento de ${array} que no es un objeto (/${array}/${arrayIndex})`, line };
        }
      }
      if (c === 34) {
        inString = true;
        if (depth === 1 && stack[0] === 123) {
          keyParts = [];
          keyStart = i + 1;
        }
        continue;
      }
      if (c === 123 || c === 91) {
        if (!started) {
          started = true;
          if (c !== 123) {
            yield { kind: 'error', problem: 'el archivo no es un paquete OCDS (no empieza con un objeto)', line };
            return;
          }
        }
        if (depth === 1 && c === 91 && lastKey !== null && TARGETS.has(lastKey)) {
          array = lastKey;
          arrayIndex = 0;
          sawTarget = true;
          expecting = true;
        } else if (depth === 2 && array !== null && c === 123) {
          elemParts = [];
          elemStart = i;
          elemLine = line;
        }
        stack.push(c);
        depth++;
        continue;
      }
      if (c === 125 || c === 93) {
        const open = stack.pop();
        depth--;
        if (open === undefined || (c === 125) !== (open === 123)) {
          yield { kind: 'error', problem: 'JSON mal formado (corchetes desbalanceados)', line };
          return;
        }
        if (depth === 2 && elemParts) {
          elemParts.push(chunk.slice(elemStart, i + 1));
          yield { kind: 'item', array: array!, text: elemParts.join(''), line: elemLine, pointer: `/${array}/${arrayIndex}` };
          elemParts = null;
        } else if (depth === 1 && array !== null) {
          array = null;
        }
        continue;
      }
      if (c === 44 && depth === 2 && array !== null) {
        arrayIndex++;
        expecting = true;
      }
      else if (c === 44 && depth === 1) lastKey = null;
    }
    if (elemParts) elemParts.push(chunk.slice(elemStart));
    if (keyParts) keyParts.push(chunk.slice(keyStart));
  }
  if (!started) {
    yield { kind: 'error', problem: 'archivo JSON vacío', line };
  } else if (depth !== 0 || inString) {
    yield { kind: 'error', problem: 'JSON truncado: el archivo termina dentro de una estructura', line };
  } else if (!sawTarget) {
    yield { kind: 'error', problem: 'el paquete no tiene "releases" ni "records"', line };
  }
}

/** Reads a file as UTF-8 text chunks (multi-byte characters never split). */
export function* fileChunks(read: (buf: Uint8Array) => number, size = 1 << 20): Generator<string> {
  const decoder = new TextDecoder('utf-8');
  const buf = new Uint8Array(size);
  for (;;) {
    const n = read(buf);
    if (n <= 0) break;
    yield decoder.decode(buf.subarray(0, n), { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}
