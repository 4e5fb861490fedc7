import { EventChainVerifier, type ChainedEvent } from './event-chain-verifier';
import { GENESIS_HASH, hashEvent } from './event-hash';

const boardId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const actorId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** A correctly chained log of `count` events. */
function chain(count: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const content = { boardId, seq, type: 'task.created', actorId, at: new Date(seq * 1000), data: { seq } };
    const hash = hashEvent(prevHash, content);
    events.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

function verify(events: ChainedEvent[], boardSeq = events.length) {
  const verifier = new EventChainVerifier();
  for (const event of events) if (!verifier.accept(event)) break;
  return verifier.verdict(boardSeq);
}

describe('EventChainVerifier', () => {
  it('accepts an intact log, counts its events and gives the last one’s hash as its fingerprint', () => {
    const events = chain(5);
    expect(verify(events)).toEqual({ ok: true, checked: 5, headHash: events[4]!.hash });
  });

  it('accepts a board without events', () => {
    expect(verify([], 0)).toEqual({ ok: true, checked: 0, headHash: GENESIS_HASH });
  });

  it('gives a log rewritten and re-hashed from the start another fingerprint', () => {
    const original = chain(3);
    const rewritten: ChainedEvent[] = [];
    let prevHash = GENESIS_HASH;
    for (const event of original) {
      const content = { ...event, data: event.seq === 2 ? { seq: 2, title: 'rewritten' } : event.data };
      const hash = hashEvent(prevHash, content);
      rewritten.push({ ...content, prevHash, hash });
      prevHash = hash;
    }

    const verdict = verify(rewritten);
    expect(verdict.ok).toBe(true);
    expect(verdict.headHash).not.toBe(verify(original).headHash);
  });

  it('reports an event whose content was edited', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, data: { seq: 99 } };
    expect(verify(events)).toEqual({
      ok: false,
      checked: 2,
      firstBrokenSeq: 3,
      headHash: expect.any(String),
    });
  });

  it('reports an event rehashed after editing, since the next one no longer links to it', () => {
    const events = chain(5);
    const edited = { ...events[2]!, data: { seq: 99 } };
    events[2] = { ...edited, hash: hashEvent(edited.prevHash, edited) };
    expect(verify(events)).toEqual({
      ok: false,
      checked: 3,
      firstBrokenSeq: 4,
      headHash: expect.any(String),
    });
  });

  it('reports the first missing seq', () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(verify(events)).toEqual({
      ok: false,
      checked: 1,
      firstBrokenSeq: 2,
      headHash: expect.any(String),
    });
  });

  it('reports events missing from the end, which the board seq still counts', () => {
    expect(verify(chain(3), 5)).toEqual({
      ok: false,
      checked: 3,
      firstBrokenSeq: 4,
      headHash: expect.any(String),
    });
  });

  it('reports a first event that does not start from the genesis hash', () => {
    const [first] = chain(1);
    const forged = { ...first!, prevHash: 'f'.repeat(64) };
    expect(verify([{ ...forged, hash: hashEvent(forged.prevHash, forged) }])).toEqual({
      ok: false,
      checked: 0,
      firstBrokenSeq: 1,
      headHash: GENESIS_HASH,
    });
  });
});
