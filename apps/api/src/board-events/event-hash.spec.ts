import { canonicalJson, GENESIS_HASH, hashEvent, type HashedEventContent } from './event-hash';

const event: HashedEventContent = {
  boardId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  seq: 3,
  type: 'task.updated',
  actorId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  at: new Date('2021-04-21T09:30:00.125Z'),
  data: { id: 'task-1', title: 'Clean up the river', labels: ['water', 'inspection'], progress: 40 },
  changes: [{ record: 'task', field: 'progress', before: 20, after: 40 }],
};
const actorId = event.actorId!;

describe('canonicalJson', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes values as jsonb stores them: no undefined members, dates as ISO strings', () => {
    expect(canonicalJson({ kept: 'x', dropped: undefined, when: new Date('2021-04-21T00:00:00Z') })).toBe(
      '{"kept":"x","when":"2021-04-21T00:00:00.000Z"}',
    );
  });
});

describe('hashEvent', () => {
  it('is a hex SHA-256 that is the same every time', () => {
    const hash = hashEvent(GENESIS_HASH, event);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEvent(GENESIS_HASH, { ...event, data: structuredClone(event.data) })).toBe(hash);
  });

  it('does not depend on the order of keys, as jsonb hands them back in its own order', () => {
    const reordered = {
      progress: 40,
      labels: ['water', 'inspection'],
      title: 'Clean up the river',
      id: 'task-1',
    };
    expect(hashEvent(GENESIS_HASH, { ...event, data: reordered })).toBe(hashEvent(GENESIS_HASH, event));
  });

  it('hashes uuids as PostgreSQL returns them, in lowercase', () => {
    const upper = { ...event, boardId: event.boardId.toUpperCase(), actorId: actorId.toUpperCase() };
    expect(hashEvent(GENESIS_HASH, upper)).toBe(hashEvent(GENESIS_HASH, event));
  });

  it.each<[string, Partial<HashedEventContent>]>([
    ['boardId', { boardId: '1f8fad5b-d9cb-469f-a165-70867728950e' }],
    ['seq', { seq: 4 }],
    ['type', { type: 'task.moved' }],
    ['actorId', { actorId: '8c9e6679-7425-40de-944b-e07fc1f90ae7' }],
    ['at, by one millisecond', { at: new Date('2021-04-21T09:30:00.126Z') }],
    ['a value in data', { data: { ...(event.data as object), progress: 41 } }],
    [
      'the order of an array in data',
      { data: { ...(event.data as object), labels: ['inspection', 'water'] } },
    ],
    ['a member added to data', { data: { ...(event.data as object), extra: null } }],
    ['the actor, to the system', { actorId: null }],
    [
      'a before value in changes',
      { changes: [{ record: 'task', field: 'progress', before: 30, after: 40 }] },
    ],
    ['changes, dropped', { changes: null }],
  ])('changes when %s changes', (_field, change) => {
    expect(hashEvent(GENESIS_HASH, { ...event, ...change })).not.toBe(hashEvent(GENESIS_HASH, event));
  });

  it('hashes events recorded before the log kept changes as it did then', () => {
    const legacy = { ...event, changes: null };
    const { changes: _dropped, ...withoutChanges } = event;
    expect(hashEvent(GENESIS_HASH, legacy)).toBe(hashEvent(GENESIS_HASH, withoutChanges));
  });

  it('changes with the previous hash, so each event vouches for the whole log before it', () => {
    expect(hashEvent('f'.repeat(64), event)).not.toBe(hashEvent(GENESIS_HASH, event));
  });
});
