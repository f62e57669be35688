import { describe, expect, it } from 'vitest';
import { imageFileName } from './file-name';

describe('imageFileName', () => {
  it('makes a safe file name from a title', () => {
    expect(imageFileName('Revenue: 2026/Q4 <draft>', 'png')).toBe('Revenue 2026 Q4 draft.png');
    expect(imageFileName('  ', 'svg')).toBe('chart.svg');
    expect(imageFileName('x'.repeat(100), 'png')).toHaveLength(84);
  });
});
