import { describe, expect, it } from 'vitest';
import { catalogues, flattenKeys } from '@shared/i18n';

describe('i18n catalogues', () => {
  const nb = flattenKeys(catalogues.nb).sort();
  const en = flattenKeys(catalogues.en).sort();

  it('bokmål and English have exactly the same keys', () => {
    expect(en.filter((k) => !nb.includes(k))).toEqual([]);
    expect(nb.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('has no empty messages', () => {
    const empty = (cat: typeof catalogues.nb) =>
      flattenKeys(cat).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), cat);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(catalogues.nb)).toEqual([]);
    expect(empty(catalogues.en)).toEqual([]);
  });

  // Checked for the shell's modules; other modules may pass extra values for one language
  // (e.g. ISO and Norwegian dates) and say so in their own tests.
  it('uses the same {{placeholders}} in both languages (common, shell, start, strategy)', () => {
    const lookup = (cat: typeof catalogues.nb, key: string): string => {
      const value = key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), cat);
      return typeof value === 'string' ? value : '';
    };
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const ours = nb.filter((k) => /^(common|shell|start|strategy)\./.test(k));
    expect(ours.length).toBeGreaterThan(50);
    const mismatched = ours.filter((key) => JSON.stringify(vars(lookup(catalogues.nb, key))) !== JSON.stringify(vars(lookup(catalogues.en, key))));
    expect(mismatched).toEqual([]);
  });

  it('flattenKeys gives dotted paths of the leaves', () => {
    expect(flattenKeys({ a: 'x', b: { c: 'y', d: { e: 'z' } } })).toEqual(['a', 'b.c', 'b.d.e']);
  });
});
