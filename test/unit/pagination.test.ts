import { encodeCursor, pageSize } from '../../src/core/relay/pagination';

describe('page size', () => {
  it('defaults to 20 and allows up to 100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
  });

  it('refuses more than 100 instead of cutting silently', () => {
    expect(() => pageSize(101)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }));
  });
});

describe('cursors', () => {
  it('are opaque and URL-safe', () => {
    expect(encodeCursor(7)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeCursor('24175')).not.toContain('24175');
  });
});
