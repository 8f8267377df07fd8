import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/tempVault';
import { writeFirstFreeFileAtomic } from './atomicWrite';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('a new file under the first free name', () => {
  it('takes the first name not taken, leaves the taken ones as they were, and no temporary file', () => {
    const names = ['a.pdf', 'a-2.pdf', 'a-3.pdf'].map((name) => join(temp.dir, name));
    writeFileSync(names[0] ?? '', 'earlier');
    writeFileSync(names[1] ?? '', 'earlier too');
    expect(writeFirstFreeFileAtomic(names, 'new')).toBe(names[2]);
    expect(readFileSync(names[0] ?? '', 'utf8')).toBe('earlier');
    expect(readFileSync(names[2] ?? '', 'utf8')).toBe('new');
    expect(readdirSync(temp.dir).sort()).toEqual(['a-2.pdf', 'a-3.pdf', 'a.pdf']);
  });

  it('returns nothing when every name is taken, and writes nothing', () => {
    const names = ['b.csv', 'b-2.csv'].map((name) => join(temp.dir, name));
    for (const name of names) writeFileSync(name, 'earlier');
    expect(writeFirstFreeFileAtomic(names, 'new')).toBeUndefined();
    expect(readdirSync(temp.dir).sort()).toEqual(['b-2.csv', 'b.csv']);
  });
});
