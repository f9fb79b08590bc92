import { describe, expect, test } from 'vitest';
import { ancestorChain, descendants } from './use-case-tree.ts';

const parents: Record<string, string | undefined> = { consultation: 'participation', budgeting: 'participation', 'pb-schools': 'budgeting', a: 'b', b: 'c', c: 'a' };
const parentOf = (id: string) => parents[id];
const childrenOf = (id: string) => Object.keys(parents).filter((k) => parents[k] === id);

describe('use-case tree', () => {
  test('ancestors, nearest first', () => {
    expect(ancestorChain('pb-schools', parentOf)).toEqual({ chain: ['budgeting', 'participation'] });
    expect(ancestorChain('participation', parentOf)).toEqual({ chain: [] });
  });

  test('a parent cycle ends the walk and says where it closed', () => {
    expect(ancestorChain('a', parentOf)).toEqual({ chain: ['b', 'c'], loop: 'a' });
  });

  test('descendants, each once, the use case itself first', () => {
    expect(descendants('participation', childrenOf)).toEqual(['participation', 'consultation', 'budgeting', 'pb-schools']);
    expect(descendants('a', childrenOf)).toEqual(['a', 'c', 'b']);
  });
});
