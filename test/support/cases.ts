/**
 * The one driver of table-driven tests. A case table is a fixture, test/fixtures/cases/NAME.json:
 * one case a line, {"fn": name, "args": [...], "expected": value}, each expected value written by
 * hand (from the document or the rule, see the test that reads the table), never produced by the
 * code under test. The test names the functions it covers; a case naming another one fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CASES_DIR = join(import.meta.dirname, '..', 'fixtures', 'cases');

interface Case {
  fn: string;
  args: unknown[];
  expected: unknown;
}

/** The cases of test/fixtures/cases/NAME.json. */
export function casesOf(name: string): Case[] {
  return JSON.parse(readFileSync(join(CASES_DIR, `${name}.json`), 'utf8')) as Case[];
}

/**
 * One test per case of table `name`, under `title`: `fns[fn](...args)` is `expected` (toBe; with
 * `equal`, toEqual for objects).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function exactCases(title: string, name: string, fns: Record<string, (...args: any[]) => unknown>, equal = false): void {
  describe(title, () => {
    it.each(casesOf(name).map((c) => [c.fn, c.args, c.expected] as const))('%s(%j) is %j', (fn, args, expected) => {
      const f = fns[fn];
      if (!f) throw new Error(`${name}.json: función no cubierta por esta prueba: ${fn}`);
      const got = f(...args);
      if (equal) expect(got).toEqual(expected);
      else expect(got).toBe(expected);
    });
  });
}
