import { readFileSync } from 'node:fs';

interface LockEntry {
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
  readonly [key: string]: unknown;
}

export interface PackedPackage {
  /** `@rummelig/rules` */
  readonly name: string;
  /** `packages/rules`, in the workspace */
  readonly directory: string;
  readonly version: string;
  /** The tarball's file name, beside the consumer project. */
  readonly filename: string;
  readonly integrity: string;
}

/**
 * A package-lock.json for a project that depends on the packed tarballs, with
 * every other runtime dependency at the version, place and integrity the
 * workspace's lockfile gives it. `npm install --offline` then takes each one
 * from the npm cache that `npm ci` filled, without asking the registry for
 * package metadata, which `npm ci` never caches. Each entry gets the
 * tarball address on `registry`, the key the cache holds it under, since a
 * lockfile written with omit-lockfile-registry-resolved has none.
 */
export function consumerLockfile(workspaceLock: string, packed: readonly PackedPackage[], projectName: string, registry: string): object {
  const lock = (JSON.parse(readFileSync(workspaceLock, 'utf8')) as { packages: Record<string, LockEntry> }).packages;
  const ours = new Map(packed.map((item) => [item.name, item]));
  const entries: Record<string, LockEntry> = {
    '': { name: projectName, dependencies: Object.fromEntries(packed.map((item) => [item.name, `file:../${item.filename}`])) },
  };

  /** Where Node finds `name` from `location` in the workspace, as a lockfile key: its own node_modules, then each one above. */
  const resolve = (location: string, name: string): string | undefined => {
    for (let from = location; ; ) {
      const key = from === '' ? `node_modules/${name}` : `${from}/node_modules/${name}`;
      if (lock[key] !== undefined) return key;
      if (from === '') return undefined;
      const cut = from.lastIndexOf('/node_modules/');
      from = cut < 0 ? '' : from.slice(0, cut);
    }
  };
  /** The same place in the consumer: a workspace package's own node_modules become those of its installed copy. */
  const placeOf = (key: string): string => {
    const workspace = packed.find((item) => key.startsWith(`${item.directory}/`));
    return workspace === undefined ? key : `node_modules/${workspace.name}/${key.slice(workspace.directory.length + 1)}`;
  };

  const visit = (location: string, dependencies: Readonly<Record<string, string>>): void => {
    for (const name of Object.keys(dependencies)) {
      const own = ours.get(name);
      if (own !== undefined) continue;
      const key = resolve(location, name);
      if (key === undefined) throw new Error(`${name}, needed by ${location || 'the project'}, is not in the workspace's package-lock.json.`);
      const place = placeOf(key);
      if (entries[place] !== undefined) continue;
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = lock[key] ?? {};
      const packageName = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const tarball = `${registry.replace(/\/?$/, '/')}${packageName}/-/${packageName.split('/').at(-1) ?? ''}-${entry.version ?? ''}.tgz`;
      entries[place] = entry.resolved === undefined ? { ...entry, resolved: tarball } : entry;
      const peers = Object.fromEntries(Object.entries(entry.peerDependencies ?? {}).filter(([peer]) => entry.peerDependenciesMeta?.[peer]?.optional !== true));
      visit(key, { ...entry.dependencies, ...entry.optionalDependencies, ...peers });
    }
  };
  for (const item of packed) {
    const manifest = lock[item.directory];
    if (manifest === undefined) throw new Error(`${item.directory} is not in the workspace's package-lock.json.`);
    // npm installs and links what the lockfile says a package has: its dependencies and its bin.
    const { name: _name, ...rest } = manifest;
    entries[`node_modules/${item.name}`] = { ...rest, version: item.version, resolved: `file:../${item.filename}`, integrity: item.integrity };
    visit(item.directory, manifest.dependencies ?? {});
  }
  return { name: projectName, lockfileVersion: 3, requires: true, packages: entries };
}
