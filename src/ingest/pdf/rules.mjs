// @ts-check
/**
 * A page's drawn rules (the lines of a table drawn with borders) from PDF.js's operator list: the
 * horizontal and vertical segments that strokes draw, and thin filled rectangles (a browser draws a
 * table's borders as 1-pixel rectangles, one per side of each cell). Segments on one line that
 * touch are merged. Coordinates in the same space as the text items (load.mjs): points, y from the
 * page's top, the page's rotation applied.
 *
 * Plain JavaScript (type-checked by tsc through its JSDoc), like load.mjs, for the extraction threads.
 * Pure: the operator list's arrays and the viewport's transform in, the rules out.
 */

/** @typedef {[number, number, number, number, number, number]} Matrix */
/** A horizontal rule at `at` (y) from `from` to `to` (x), or a vertical one at x from y to y. */
/** @typedef {{ at: number, from: number, to: number }} Rule */
/**
 * `bands`: the top and bottom edges of shaded areas wider and taller than a rule (shaded table rows
 * or cells, a zebra table's every other row), where the shade changes: where a row's background
 * starts or stops, a row ends. Not an edge between two areas of one colour (a word processor shades
 * a paragraph one rectangle a line), nor a white area's (no change on a white page).
 * `shades`: those areas themselves (left, right, top, bottom), for telling a shaded line.
 * @typedef {{ h: Rule[], v: Rule[], bands?: Rule[], shades?: Shade[] }} Rules
 */
/** @typedef {{ x0: number, x1: number, y0: number, y1: number }} Shade */
/** A filled rectangle, y from the page's top, and its colour. */
/** @typedef {{ x0: number, x1: number, y0: number, y1: number, color: string }} Area */

/** A filled rectangle this thin (points), or thinner, is a rule. */
const THIN = 2.5;
/** A segment shorter than this (points) is no rule (a glyph, a bullet, a tick). */
const MIN_LENGTH = 3;
/** Segments whose lines are this close (points) are on one line... */
const SAME_LINE = 1;
/** ... and are merged when they overlap or leave a gap up to this (points) between them. */
const TOUCH = 1.5;

/** PDF.js path commands in constructPath's path data (pdfjs-dist 5: DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/**
 * @param {Matrix} m1
 * @param {Matrix} m2
 * @returns {Matrix}
 */
export function multiply(m1, m2) {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/**
 * The subpaths of a constructPath's path data, each a list of points (a closed one ends with its first point again).
 * @param {ArrayLike<number>} data
 * @returns {number[][]}
 */
function subpaths(data) {
  /** @param {number} i */
  const at = (i) => data[i] ?? 0;
  /** @type {number[][]} */
  const out = [];
  /** @type {number[]} */
  let cur = [];
  let i = 0;
  while (i < data.length) {
    const op = at(i++);
    if (op === MOVE_TO) {
      if (cur.length > 2) out.push(cur);
      cur = [at(i), at(i + 1)];
      i += 2;
    } else if (op === LINE_TO) {
      cur.push(at(i), at(i + 1));
      i += 2;
    } else if (op === CURVE_TO) {
      // a curve ends its subpath's straight run: no rule goes through it
      if (cur.length > 2) out.push(cur);
      cur = [at(i + 4), at(i + 5)];
      i += 6;
    } else if (op === QUAD_TO) {
      if (cur.length > 2) out.push(cur);
      cur = [at(i + 2), at(i + 3)];
      i += 4;
    } else if (op === CLOSE) {
      const [x0, y0] = cur;
      if (cur.length > 2 && x0 !== undefined && y0 !== undefined) cur.push(x0, y0);
      if (cur.length > 2) out.push(cur);
      cur = x0 !== undefined && y0 !== undefined ? [x0, y0] : [];
    } else break;
  }
  if (cur.length > 2) out.push(cur);
  return out;
}

/** Points to the hundredth, as rules and shades are given. @param {number} n */
const hundredths = (n) => Math.round(n * 100) / 100;

/**
 * @param {Rule[]} rules
 * @returns {Rule[]}
 */
function merged(rules) {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  /** @type {Rule[]} */
  const out = [];
  /** @type {Rule[]} */
  let line = [];
  const flush = () => {
    line.sort((a, b) => a.from - b.from);
    /** @type {Rule | null} */
    let run = null;
    for (const r of line) {
      if (run && r.from <= run.to + TOUCH) {
        run.to = Math.max(run.to, r.to);
        continue;
      }
      if (run) out.push(run);
      run = { ...r };
    }
    if (run) out.push(run);
    line = [];
  };
  for (const r of sorted) {
    if (line.length && r.at - (line[0]?.at ?? r.at) > SAME_LINE) flush();
    line.push(r);
  }
  flush();
  return out.map((r) => ({ at: hundredths(r.at), from: hundredths(r.from), to: hundredths(r.to) }));
}

/**
 * The rules a page draws.
 * @param {{ fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown> }} ops PDF.js's operator list
 * @param {Record<string, number>} OPS PDF.js's operator codes
 * @param {Matrix} viewport the page viewport's transform (user space → y-down page space)
 * @returns {Rules}
 */
export function pageRules(ops, OPS, viewport) {
  /** @type {Rule[]} */
  const h = [];
  /** @type {Rule[]} */
  const v = [];
  /** @type {Area[]} */
  const areas = [];
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  /** @type {Matrix} */
  let ctm = [1, 0, 0, 1, 0, 0];
  // (the fill colour as PDF.js gives it, "#rrggbb", kept with the transform by save and restore)
  let color = '#000000';
  /** @type {[Matrix, string][]} */
  const stack = [];
  /** @param {Rule[]} list @param {number} at @param {number} a @param {number} b */
  const add = (list, at, a, b) => {
    if (Math.abs(b - a) >= MIN_LENGTH) list.push({ at, from: Math.min(a, b), to: Math.max(a, b) });
  };
  for (let k = 0; k < ops.fnArray.length; k++) {
    const fn = ops.fnArray[k];
    const args = /** @type {any} */ (ops.argsArray[k]);
    if (fn === OPS.save) stack.push([ctm, color]);
    else if (fn === OPS.restore) [ctm, color] = stack.pop() ?? [ctm, color];
    else if (fn === OPS.transform) ctm = multiply(ctm, /** @type {Matrix} */ (Array.from(args)));
    else if (fn === OPS.setFillRGBColor) color = String(Array.isArray(args) ? args[0] : args);
    else if (fn === OPS.setFillColorN || fn === OPS.setFillColor || fn === OPS.setFillGray || fn === OPS.setFillCMYKColor) color = `${fn}:${String(args)}`;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push([ctm, color]);
      const matrix = args?.[0];
      if (matrix && typeof matrix.length === 'number' && matrix.length === 6) ctm = multiply(ctm, /** @type {Matrix} */ (Array.from(matrix)));
    } else if (fn === OPS.paintFormXObjectEnd) [ctm, color] = stack.pop() ?? [ctm, color];
    else if (fn === OPS.constructPath) {
      const paint = args?.[0];
      const isFill = fills.has(paint);
      const isStroke = strokes.has(paint);
      if (!isFill && !isStroke) continue;
      const data = args?.[1]?.[0];
      if (!data || typeof data.length !== 'number') continue;
      const m = multiply(viewport, ctm);
      for (const pts of subpaths(data)) {
        /** @type {number[]} */
        const xs = [];
        /** @type {number[]} */
        const ys = [];
        for (let i = 0; i + 1 < pts.length; i += 2) {
          const px = pts[i] ?? 0, py = pts[i + 1] ?? 0;
          xs.push(m[0] * px + m[2] * py + m[4]);
          ys.push(m[1] * px + m[3] * py + m[5]);
        }
        if (isFill) {
          const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
          // a thin rectangle (four sides, axis-aligned: its box is its shape)
          const rect = xs.length <= 5 && xs.every((x) => Math.abs(x - x0) < 0.01 || Math.abs(x - x1) < 0.01) && ys.every((y) => Math.abs(y - y0) < 0.01 || Math.abs(y - y1) < 0.01);
          if (rect && y1 - y0 <= THIN && x1 - x0 > y1 - y0) add(h, (y0 + y1) / 2, x0, x1);
          else if (rect && x1 - x0 <= THIN && y1 - y0 > x1 - x0) add(v, (x0 + x1) / 2, y0, y1);
          else if (rect && color.toLowerCase() !== '#ffffff') areas.push({ x0, x1, y0, y1, color });
        }
        if (isStroke) {
          for (let i = 1; i < xs.length; i++) {
            const xa = xs[i - 1] ?? 0, xb = xs[i] ?? 0, ya = ys[i - 1] ?? 0, yb = ys[i] ?? 0;
            if (Math.abs(yb - ya) < 0.5) add(h, (ya + yb) / 2, xa, xb);
            else if (Math.abs(xb - xa) < 0.5) add(v, (xa + xb) / 2, ya, yb);
          }
        }
      }
    }
  }
  const bands = shadeEdges(areas);
  const shades = areas.filter((a) => a.x1 - a.x0 >= MIN_LENGTH).map((a) => ({ x0: hundredths(a.x0), x1: hundredths(a.x1), y0: hundredths(a.y0), y1: hundredths(a.y1) }));
  return { h: merged(h), v: merged(v), ...(bands.length ? { bands: merged(bands), shades } : {}) };
}

/** Areas touch along an edge within this (points). */
const EDGE = 0.5;

/**
 * The top and bottom edges of shaded areas where the shade changes: an edge another area of the
 * same colour meets (its bottom at this one's top, or its top at this one's bottom, over most of
 * this one's width) is inside one shaded area, and is left out.
 * @param {Area[]} areas
 * @returns {Rule[]}
 */
function shadeEdges(areas) {
  /** @type {Rule[]} */
  const out = [];
  // (areas by the point their top and their bottom are at, for finding those that meet an edge)
  /** @type {Map<number, Area[]>} */
  const tops = new Map();
  /** @type {Map<number, Area[]>} */
  const bottoms = new Map();
  /** @param {Map<number, Area[]>} map @param {number} y @param {Area} a */
  const put = (map, y, a) => {
    const k = Math.round(y);
    map.set(k, [...(map.get(k) ?? []), a]);
  };
  for (const a of areas) {
    put(tops, a.y0, a);
    put(bottoms, a.y1, a);
  }
  /** @param {Map<number, Area[]>} map @param {number} y @returns {Area[]} */
  const near = (map, y) => [-1, 0, 1].flatMap((d) => map.get(Math.round(y) + d) ?? []);
  /** @param {Area} a @param {Area} b */
  const same = (a, b) => b !== a && b.color === a.color && Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) >= 0.5 * (a.x1 - a.x0);
  for (const a of areas) {
    if (a.x1 - a.x0 < MIN_LENGTH) continue;
    if (!near(bottoms, a.y0).some((b) => Math.abs(b.y1 - a.y0) <= EDGE && same(a, b))) out.push({ at: a.y0, from: a.x0, to: a.x1 });
    if (!near(tops, a.y1).some((b) => Math.abs(b.y0 - a.y1) <= EDGE && same(a, b))) out.push({ at: a.y1, from: a.x0, to: a.x1 });
  }
  return out;
}
