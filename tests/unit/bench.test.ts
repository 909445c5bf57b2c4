import { describe, expect, it } from 'vitest';
import { initialScripts, median } from '../bench/measure';

describe('initialScripts', () => {
  it('finds the entry script and module preloads, in either attribute order', () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link href="/assets/c.js" rel="modulepreload">
      <link rel="stylesheet" href="/assets/index.css">`;
    expect(initialScripts(html)).toEqual(['assets/index-a.js', 'assets/vendor-b.js', 'assets/c.js']);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });
});
