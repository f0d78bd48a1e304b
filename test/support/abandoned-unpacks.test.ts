/**
 * A test run or bench stopped with Ctrl+C leaves its unpacked Chromium (about 230 MB) in the temp
 * folder; the next run deletes the folders whose process has ended, and no other.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { removeAbandonedUnpacks, UNPACK_PREFIX } from './global-setup';

describe('removeAbandonedUnpacks', () => {
  it('deletes the unpacked Chromiums of processes that have ended, and keeps the rest', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'loadline-unpacks-'));
    try {
      // A process that has run and ended: its id names no running process.
      const ended = spawnSync(process.execPath, ['-e', '']).pid as number;
      const folders = {
        ended: `${UNPACK_PREFIX}${ended}-AbC123`,
        running: `${UNPACK_PREFIX}${process.pid}-dEf456`,
        // Named by an earlier version, without a process id: whose it is cannot be told, so it stays.
        unnamed: `${UNPACK_PREFIX}Gh7890`,
        other: 'someone-elses-folder',
      };
      for (const name of Object.values(folders)) {
        mkdirSync(join(tmp, name, 'chromium'), { recursive: true });
        writeFileSync(join(tmp, name, 'chromium', 'chrome'), 'binary');
      }
      removeAbandonedUnpacks(tmp);
      expect(readdirSync(tmp).sort()).toEqual([folders.running, folders.unnamed, folders.other].sort());
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('does nothing where the temp folder cannot be read', () => {
    expect(() => removeAbandonedUnpacks(join(tmpdir(), 'loadline-no-such-folder', 'x'))).not.toThrow();
  });
});
