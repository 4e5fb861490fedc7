import type { CueReading } from './english-cues';

/**
 * How Chinese minutes word a decision: 会议要求/强调/指出…, a clause whose subject is told what to do (要…,
 * 必须…, 各地各部门要…), or one that starts with a verb of instruction (加快…, 切实…, 确保…). Each reading says
 * where the decision's own verb phrase starts, after the cue.
 */

const LEAD =
  /^会议(?:还|并|同时|进一步)?(?:强调指出|研究认为|强调|指出|提出|认为|要求|决定|明确|号召|部署)[，,：:]?\s*/;
const COMMAND = /会议(?:还|并|同时|进一步)?(?:要求|决定|明确|号召|部署)/;

/**
 * A clause (at the start, or after ，：；) whose subject, if any, is told what to do: 要, 必须, 务必, 需要, 应当.
 * 要 is not a modal in 重要, 主要, 需要 (a modal of its own), 必要, 纪要, 概要, 要求, 要素, 要点, 要地 …
 */
const MODAL_CLAUSE =
  /(?:^|[，,：:；;])\s*[^，,：:；;。！？!?]{0,20}?(?:必须|务必|需要|应当|(?<![重主需必紧只想不纲摘提简首纪概机政显险扼切次])要(?![求素点件闻害领旨义紧么是冲地职道案员犯务]))/;

/** Verbs (and adverbs of resolve) that make a clause an instruction without 要 (the 加快…、切实…、确保…). */
const INSTRUCTION_STARTS = [
  '加快',
  '切实',
  '确保',
  '着力',
  '扎实',
  '全力',
  '坚决',
  '抓紧',
  '进一步',
  '大力',
  '狠抓',
  '务必',
  '坚持',
  '加强',
  '抓好',
  '做好',
  '严格',
];
/** In a numbered item, any verb of doing reads as an instruction. */
const ITEM_STARTS = [
  ...INSTRUCTION_STARTS,
  '推进',
  '推动',
  '落实',
  '完善',
  '建立',
  '健全',
  '提升',
  '强化',
  '深化',
  '开展',
  '实施',
  '优化',
  '压实',
  '扩大',
  '培育',
  '加大',
  '组织',
  '制定',
  '出台',
  '启动',
  '完成',
  '保障',
  '防范',
  '统筹',
  '聚焦',
  '打造',
  '建设',
  '解决',
  '整改',
  '提高',
  '积极',
  '认真',
  '全面',
  '持续',
  '深入',
  '主动',
  '有序',
  '稳妥',
];

/** An optional subject ("各地区各部门", "各区市县") before the instruction. */
const SUBJECT = '(?:各[^，,。；;：:]{0,15}?)?';
const INSTRUCTION = new RegExp(`^${SUBJECT}(?=${INSTRUCTION_STARTS.join('|')})`);
const ITEM_INSTRUCTION = new RegExp(`^${SUBJECT}(?=${ITEM_STARTS.join('|')})`);

/** Reads a sentence: where its decision's verb phrase starts, or null when it decides nothing. */
export function readChineseCue(sentence: string): CueReading | null {
  const lead = LEAD.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(lead);
  const strong = COMMAND.test(sentence.slice(0, lead));
  const modal = MODAL_CLAUSE.exec(rest);
  if (modal)
    return { phraseStart: lead + modal.index + modal[0].length, strong: strong || modal.index === 0 };
  const instruction = INSTRUCTION.exec(rest);
  if (instruction) return { phraseStart: lead + instruction[0].length, strong: true };
  if (strong) return { phraseStart: lead + (ITEM_INSTRUCTION.exec(rest)?.[0].length ?? 0), strong };
  return null;
}

/** Whether a numbered item reads as an instruction (推进…, 完善…, 各区市县要…). */
export function startsWithChineseDirective(item: string): boolean {
  return ITEM_INSTRUCTION.test(item) || MODAL_CLAUSE.exec(item)?.index === 0;
}

/** Where a numbered item's verb phrase starts: after its subject and 要/必须, if it has them. */
export function chineseItemPhraseStart(item: string): number {
  const modal = MODAL_CLAUSE.exec(item);
  if (modal?.index === 0) return modal[0].length;
  return ITEM_INSTRUCTION.exec(item)?.[0].length ?? 0;
}

const BOILERPLATE =
  /^会议(?:还|并|另外|同时)?(?:研究|讨论|审议|听取)了?(?:其他|其它)(?:有关)?(?:事项|工作|议题)/;

/** 会议还研究了其他事项: says nothing to do. */
export function isChineseBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}

/** A topic heading (关于……), not a decision. */
export function isChineseHeading(sentence: string): boolean {
  return sentence.startsWith('关于');
}

/** A sentence that only announces the items after it (……以下几项工作：). */
export function isChineseIntro(sentence: string): boolean {
  return (
    /[:：]\s*$/.test(sentence) ||
    /以下|如下|下列|[两二三四五六七八九十几]+(?:项|个方面|方面|件|点)/.test(sentence)
  );
}

/** A sentence that goes on about the decision before it (此项工作……, 上述任务……). */
export function continuesChineseDecision(sentence: string): boolean {
  return /^(?:该项?|此项|上述|以上|这项|这些)/.test(sentence);
}
