import { describe, expect, it } from 'vitest';

describe('the suite runs in the time zone it was given', () => {
  it('sees TZ in the worker, so the runs under several zones really differ', () => {
    const zone = process.env['TZ'];
    expect(zone).toBeTruthy();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });
});
