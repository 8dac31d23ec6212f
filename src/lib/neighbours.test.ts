import { describe, expect, it } from 'vitest';
import { neighboursAt } from './neighbours.ts';

const list = [{ id: 'newest' }, { id: 'middle' }, { id: 'oldest' }];

describe('neighboursAt', () => {
  it('gives the older article as previous and the newer one as next', () => {
    expect(neighboursAt(list, 1)).toEqual({ previous: { id: 'oldest' }, next: { id: 'newest' } });
  });

  it('leaves out what is beyond the ends', () => {
    expect(neighboursAt(list, 0)).toEqual({ previous: { id: 'middle' } });
    expect(neighboursAt(list, 2)).toEqual({ next: { id: 'middle' } });
    expect(neighboursAt([], 0)).toEqual({});
  });
});
