import type { ChainVerification } from '@duban/contracts';
import { MoreThan, type Repository } from 'typeorm';
import type { BoardEventEntity } from './board-event.entity';
import { EventChainVerifier } from './event-chain-verifier';

/** Events read per query: a long log is verified without holding all of it in memory. */
const PAGE_SIZE = 1000;

/**
 * Recomputes one board's hash chain from seq 1 on. Read the board's seq before calling, so events
 * committed meanwhile only add to what is checked, while events deleted from the end still show as missing.
 * Used by the audit endpoint and by the check that follows a restore.
 */
export async function verifyBoardChain(
  events: Repository<BoardEventEntity>,
  boardId: string,
  boardSeq: number,
): Promise<ChainVerification> {
  const verifier = new EventChainVerifier();
  let after = 0;
  for (;;) {
    const page = await events.find({
      where: { boardId, seq: MoreThan(after) },
      order: { seq: 'ASC' },
      take: PAGE_SIZE,
    });
    const intact = page.every((event) => verifier.accept({ ...event, seq: Number(event.seq) }));
    const last = page.at(-1);
    if (!intact || !last || page.length < PAGE_SIZE) return verifier.verdict(boardSeq);
    after = Number(last.seq);
  }
}
