// Where the embedded PostgreSQL keeps its cluster when run as root: the folder asked for when user
// "postgres" can enter it, else a stable folder of the service; never a silent fresh start.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCATION_NOTE, RunAs, canReach, placeData, postgresAccount } from '../../src/db/embedded-postgres-placement';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!asRoot) console.warn('Skipping the embedded PostgreSQL placement tests: they run only as root.');

let scratch: string;
let runAs: RunAs;
/** An open folder standing for /var/lib/daklak-lowemission-api. */
let stateRoot: string;
/** A folder "postgres" cannot enter, like a root home directory, and DATA_DIR inside it. */
let privateDir: string;
let asked: string;
const fakeCluster = (home: string) => {
  fs.mkdirSync(path.join(home, 'pg'), { recursive: true });
  fs.writeFileSync(path.join(home, 'pg', 'PG_VERSION'), '18\n');
};

(asRoot ? describe : describe.skip)('placing the embedded cluster as root', () => {
  beforeAll(() => {
    runAs = postgresAccount();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lowemission-placement-'));
    fs.chmodSync(scratch, 0o755);
  });
  beforeEach(() => {
    const dir = fs.mkdtempSync(path.join(scratch, 'case-'));
    fs.chmodSync(dir, 0o755);
    stateRoot = path.join(dir, 'state');
    privateDir = path.join(dir, 'home');
    fs.mkdirSync(privateDir, { mode: 0o700 });
    asked = path.join(privateDir, '.data');
    fs.mkdirSync(asked);
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('keeps the folder asked for when "postgres" can enter it', () => {
    fs.chmodSync(privateDir, 0o755);
    expect(placeData(asked, runAs, [stateRoot])).toEqual({ home: asked });
    expect(fs.existsSync(path.join(asked, LOCATION_NOTE))).toBe(false);
  });

  it('moves a new cluster to a folder it can enter, notes it, and finds the same one on every later start', () => {
    const first = placeData(asked, runAs, [stateRoot]);
    expect(first).toEqual({
      home: expect.stringMatching(new RegExp(`^${stateRoot}/data-[0-9a-f]{16}$`)),
      relocatedBecause: expect.stringContaining(`user "postgres" cannot enter ${asked}; this folder may be emptied on reboot`),
    });
    expect(canReach(runAs, first.home)).toBe(true);
    expect(fs.readFileSync(path.join(asked, LOCATION_NOTE), 'utf8')).toBe(`${first.home}\n`);
    expect(fs.readFileSync(path.join(first.home, 'data-dir-of'), 'utf8')).toBe(`${asked}\n`);
    fakeCluster(first.home); // what initdb then makes
    expect(placeData(asked, runAs, [stateRoot]).home).toBe(first.home);
    // Even once DATA_DIR becomes reachable, the data stays where it is.
    fs.chmodSync(privateDir, 0o755);
    expect(placeData(asked, runAs, [stateRoot]).home).toBe(first.home);
  });

  it('finds the moved cluster by name when the note was lost', () => {
    const first = placeData(asked, runAs, [stateRoot]);
    fakeCluster(first.home);
    fs.rmSync(path.join(asked, LOCATION_NOTE));
    expect(placeData(asked, runAs, [stateRoot]).home).toBe(first.home);
  });

  it('never starts afresh when the noted data is gone', () => {
    const first = placeData(asked, runAs, [stateRoot]);
    expect(placeData(asked, runAs, [stateRoot]).home).toBe(first.home); // a first start that did not finish
    fs.rmSync(first.home, { recursive: true }); // e.g. a temp folder emptied on reboot
    expect(() => placeData(asked, runAs, [stateRoot])).toThrow(`says the embedded PostgreSQL's data is in ${first.home}, but it is not there`);
  });

  it('refuses, with what to do, when a cluster already in the folder asked for is out of reach', () => {
    fakeCluster(asked);
    expect(() => placeData(asked, runAs, [stateRoot])).toThrow(/cannot enter .*chmod o\+x.*DATA_DIR.*DATABASE_URL/);
    expect(fs.existsSync(stateRoot)).toBe(false);
  });

  it('gives up clearly when no folder can be used', () => {
    const closed = path.join(privateDir, 'state'); // inside the private folder: out of reach too
    expect(() => placeData(asked, runAs, [closed])).toThrow(`User "postgres" cannot enter ${asked}, nor any of ${closed}`);
  });
});
