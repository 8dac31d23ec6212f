import { describe, expect, it } from 'vitest';
import { findNeighbours } from './neighbours.ts';

const list = [{ id: 'newest' }, { id: 'middle' }, { id: 'oldest' }];

describe('findNeighbours', () => {
  it('gives the older article as previous and the newer one as next', () => {
    expect(findNeighbours(list, 'middle')).toEqual({ previous: { id: 'oldest' }, next: { id: 'newest' } });
  });

  it('leaves out what is beyond the ends', () => {
    expect(findNeighbours(list, 'newest')).toEqual({ previous: { id: 'middle' } });
    expect(findNeighbours(list, 'oldest')).toEqual({ next: { id: 'middle' } });
    expect(findNeighbours(list, 'missing')).toEqual({});
  });
});
