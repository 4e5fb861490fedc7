import type { ChainVerification } from '@duban/contracts';
import { GENESIS_HASH, hashEvent, type HashedEventContent } from './event-hash';

export interface ChainedEvent extends HashedEventContent {
  prevHash: string;
  hash: string;
}

/**
 * Walks one board's events in seq order, a page at a time, and remembers the first broken link: a
 * missing seq, a prevHash that is not the previous event's hash, or a hash that does not match the
 * event's content.
 */
export class EventChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private brokenSeq: number | undefined;

  /** Checks the next event; false once the chain is broken (later events prove nothing more). */
  accept(event: ChainedEvent): boolean {
    if (this.brokenSeq !== undefined) return false;
    if (event.seq !== this.expectedSeq) return this.breakAt(this.expectedSeq);
    if (event.prevHash !== this.prevHash || hashEvent(event.prevHash, event) !== event.hash) {
      return this.breakAt(event.seq);
    }
    this.prevHash = event.hash;
    this.expectedSeq += 1;
    return true;
  }

  /** The verdict once every event was offered; `boardSeq` also exposes events deleted from the end. */
  verdict(boardSeq: number): ChainVerification {
    const checked = this.expectedSeq - 1;
    const firstBrokenSeq = this.brokenSeq ?? (checked < boardSeq ? checked + 1 : undefined);
    const headHash = this.prevHash;
    return firstBrokenSeq === undefined
      ? { ok: true, checked, headHash }
      : { ok: false, checked, firstBrokenSeq, headHash };
  }

  private breakAt(seq: number): false {
    this.brokenSeq = seq;
    return false;
  }
}
