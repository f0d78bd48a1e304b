/**
 * Finds a program on the PATH the way a shell does, without spawning `which` (absent on some
 * bare machines).
 */
import * as fs from 'fs';
import * as path from 'path';

/** The first of `names` found as an executable file in a PATH folder, or null. */
export function findOnPath(names: readonly string[], searchPath = process.env.PATH ?? ''): string | null {
  const folders = searchPath.split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const folder of folders) {
      const candidate = path.join(folder, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return null;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
