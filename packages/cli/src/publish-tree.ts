/**
 * The folder tree of a publish, made in a temporary folder beside the site and renamed into place
 * when complete. Making and removing a tree of 30,000 folders and 90,000 files costs more than
 * everything else a republish does (the file system here spends 0.1 ms on a mkdir and 0.5 ms on a
 * rmdir), so the tree of the site a publish replaces is not removed but kept beside it
 * (`<out>.previous`) and made into the next publish's temporary folder: only the files whose key
 * differs are replaced, files the new site lacks removed, and new folders made. Files are never
 * written into: a file to replace is unlinked first, because it may be a hard link of a file of the
 * live site.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The suffix of the folder that keeps the site a publish replaced, for the next publish to start from. */
export const previousSuffix = '.previous';

/** What is at a path of a recycled tree when it was scanned. */
type Kind = 'file' | 'other';

const parentOf = (path: string) => {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
};

/** Whether a site path stays inside the site: relative, with / separators, no empty, "." or ".." segment. */
function isSafe(path: string): boolean {
  if (path === '' || path.includes('\\') || path.includes('\u0000') || path.startsWith('/')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * Writes the files of a site into `temporary`: a file whose key is the one it has in the recycled
 * tree is left as it is; one whose key is the one it had in the previous site (`out`) is hard-linked
 * from there (copied where links fail); any other is made.
 */
export class SiteTree {
  /** Files linked or copied from the previous site, or left in place in the recycled tree. */
  reused = 0;
  /** Of `reused`: files left in place in the recycled tree. */
  kept = 0;
  private readonly folders = new Set<string>(['']);
  private readonly present = new Map<string, Kind>();
  private readonly written = new Set<string>();

  private constructor(
    private readonly temporary: string,
    private readonly out: string,
    private readonly previousFiles: ReadonlyMap<string, string>,
    private readonly recycledFiles: ReadonlyMap<string, string>,
  ) {}

  /**
   * A tree in `temporary`: the folder `recycled` renamed to it, with `recycledFiles` the keys of its
   * files, or else a new empty folder.
   */
  static start(temporary: string, out: string, previousFiles: ReadonlyMap<string, string>, recycled?: { folder: string; files: ReadonlyMap<string, string> }): SiteTree {
    rmSync(temporary, { recursive: true, force: true });
    if (recycled !== undefined) {
      try {
        renameSync(recycled.folder, temporary);
        const tree = new SiteTree(temporary, out, previousFiles, recycled.files);
        tree.scan('');
        return tree;
      } catch {
        rmSync(temporary, { recursive: true, force: true });
      }
    }
    mkdirSync(temporary);
    return new SiteTree(temporary, out, previousFiles, new Map());
  }

  /** What the recycled tree holds, by path. */
  private scan(folder: string): void {
    for (const entry of readdirSync(folder === '' ? this.temporary : join(this.temporary, folder), { withFileTypes: true })) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        this.folders.add(path);
        this.scan(path);
      } else {
        this.present.set(path, entry.isFile() ? 'file' : 'other');
      }
    }
  }

  private remove(path: string): void {
    const kind = this.present.get(path);
    if (kind === undefined) return;
    if (kind === 'file') {
      try {
        unlinkSync(join(this.temporary, path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    } else rmSync(join(this.temporary, path), { recursive: true, force: true });
    this.present.delete(path);
  }

  /** Makes a folder and its parents, one level at a time (a recursive mkdir looks at every level again). */
  private makeFolder(folder: string): void {
    if (this.folders.has(folder)) return;
    this.makeFolder(parentOf(folder));
    this.remove(folder);
    mkdirSync(join(this.temporary, folder));
    this.folders.add(folder);
  }

  /** Writes one file of the site (`key`: what it is made from; undefined: always made). */
  async write(path: string, content: () => Promise<string | Uint8Array> | string | Uint8Array, key: string | undefined): Promise<void> {
    if (!isSafe(path)) throw new Error(`unsafe path in site: ${path}`);
    this.written.add(path);
    if (key !== undefined && this.recycledFiles.get(path) === key && this.present.get(path) === 'file') {
      this.reused++;
      this.kept++;
      return;
    }
    this.remove(path);
    if (this.folders.delete(path)) rmSync(join(this.temporary, path), { recursive: true, force: true });
    this.makeFolder(parentOf(path));
    const target = join(this.temporary, path);
    if (key !== undefined && this.previousFiles.get(path) === key) {
      const before = join(this.out, path);
      try {
        linkSync(before, target);
        this.reused++;
        return;
      } catch {
        try {
          copyFileSync(before, target);
          this.reused++;
          return;
        } catch {
          // Gone from the previous site: made again below.
        }
      }
    }
    writeFileSync(target, await content());
  }

  /** Removes what the recycled tree held that the new site does not: files, then folders left without any file of the site. */
  finish(): void {
    for (const path of [...this.present.keys()]) if (!this.written.has(path)) this.remove(path);
    const needed = new Set<string>(['']);
    for (const path of this.written) for (let folder = parentOf(path); !needed.has(folder); folder = parentOf(folder)) needed.add(folder);
    for (const folder of [...this.folders].sort()) if (!needed.has(folder)) rmSync(join(this.temporary, folder), { recursive: true, force: true });
  }
}
