import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDiverseRoster } from '../../bench/generate-diverse.js';

describe('bench: the diverse roster shape', () => {
  it('has the cardinalities of a province-wide roster: a unit per ~25 people, many names, home towns and positions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-diverse-'));
    try {
      const file = join(dir, 'diverse.xlsx');
      const c = (await generateDiverseRoster(file, 20012)) as { people: number; units: number; names: number; hometowns: number; positions: number };
      expect(c.people).toBe(20000);
      expect(c.units).toBe(800);
      expect(c.names).toBeGreaterThan(15000);
      expect(c.hometowns).toBeGreaterThan(5000);
      expect(c.positions).toBeGreaterThan(250);
      expect(statSync(file).size).toBeGreaterThan(500_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
