/**
 * The build context (src/site/context.ts): the one place src/site keeps state, one context per
 * Datasets object, nothing shared between two builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Datasets } from '../../src/schema/datasets.ts';
import { contextOf, listMemo, reportAvailability } from '../../src/site/context.ts';
import { handOffOf, lookup, memo } from '../../src/site/lookup.ts';
import { fixture } from './helpers.ts';

const copy = (ds: Datasets): Datasets => ({ ...ds });

describe('build context', () => {
  it('is one object per Datasets object; memo() computes once per build and never across builds', () => {
    const a = fixture();
    const b = copy(a);
    expect(contextOf(a)).toBe(contextOf(a));
    expect(contextOf(a)).not.toBe(contextOf(b));
    let calls = 0;
    const compute = () => ++calls;
    expect(memo(a, 'context-test', compute)).toBe(1);
    expect(memo(a, 'context-test', compute)).toBe(1);
    expect(memo(b, 'context-test', compute)).toBe(2);
    expect(contextOf(a).memos.get('context-test')).toBe(1);
    expect(lookup(a)).toBe(lookup(a));
    expect(lookup(a)).not.toBe(lookup(b));
  });

  it('a hand-off gives a value to exactly one later use, then drops it from the context', () => {
    const ds = copy(fixture());
    const handOff = handOffOf(ds);
    let calls = 0;
    const first = handOff('chart', () => ({ n: ++calls }));
    expect(contextOf(ds).handOffs.has('chart')).toBe(true);
    expect(handOff('chart', () => ({ n: ++calls }))).toBe(first);
    expect(contextOf(ds).handOffs.has('chart')).toBe(false);
    expect(handOff('chart', () => ({ n: ++calls })).n).toBe(2);
  });

  it('a hand-off for four uses (profile, embed, two SVG files) draws once and drops the value after the fourth', () => {
    const ds = copy(fixture());
    const handOff = handOffOf(ds);
    let calls = 0;
    const draw = () => ({ n: ++calls });
    const taken = [1, 2, 3, 4].map(() => handOff('chart:4', draw, 4));
    expect(calls).toBe(1);
    expect(new Set(taken).size).toBe(1);
    expect(contextOf(ds).handOffs.has('chart:4')).toBe(false);
    expect(handOff('chart:4', draw, 4).n).toBe(2);
    // A value for one use is never kept.
    handOff('chart:1', draw, 1);
    expect(contextOf(ds).handOffs.has('chart:1')).toBe(false);
  });

  it('listMemo keys on the list object; report availability on both folders', () => {
    const one = [1, 2];
    const two = [1, 2];
    expect(listMemo(one, 'k', () => 'a')).toBe('a');
    expect(listMemo(one, 'k', () => 'b')).toBe('a');
    expect(listMemo(two, 'k', () => 'c')).toBe('c');
    expect(reportAvailability('/r1', '/d')).toBe(reportAvailability('/r1', '/d'));
    expect(reportAvailability('/r1', '/d')).not.toBe(reportAvailability('/r2', '/d'));
    expect(reportAvailability('/r1', '/d')).not.toBe(reportAvailability('/r1', '/d2'));
  });

  it('no other .ts module of src/site, src/components or src/pages keeps a module-level Map, WeakMap or let', () => {
    const root = path.resolve(import.meta.dirname, '../../src');
    const offenders: string[] = [];
    for (const dir of ['site', 'components', 'pages']) {
      for (const file of fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: false }) as string[]) {
        // .astro frontmatter runs once per page render, so it holds no state across pages.
        if (!file.endsWith('.ts') || (dir === 'site' && file === 'context.ts')) continue;
        const text = fs.readFileSync(path.join(root, dir, file), 'utf8');
        text.split('\n').forEach((line, i) => {
          if (/^(let|var) |^(export )?const \w+\s*(:[^=]+)?=\s*new (Weak)?Map\b/.test(line)) offenders.push(`${dir}/${file}:${i + 1}`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
