/**
 * How English minutes (often translated from Chinese) word a decision: "It is necessary to …", "Efforts
 * should be made to …", "The meeting required / demanded / asked X to …", "… must / should …", "The meeting
 * stressed that X be done", or an instruction ("Strengthen …", as a sentence or a numbered item). Each
 * reading says where the decision's own verb phrase starts, after the cue.
 */

/** A cue found in a sentence; the decision's verb phrase starts at `phraseStart`. */
export interface CueReading {
  phraseStart: number;
  /** A cue that opens a decision of its own ("It is necessary to", 会议要求), not just a "must" or 要. */
  strong: boolean;
}

const NECESSITY = new RegExp(
  [
    String.raw`\bit is (?:therefore |also )?(?:necessary|essential|imperative|important|vital|urgent|crucial|required)(?: for [^,.;:]{1,60}?)? to\s+`,
    String.raw`\befforts (?:should|must|shall|will) be made to\s+`,
    String.raw`\bwe (?:must|should|shall|will|need to|have to)\s+(?:(?:continue|strive) to\s+)?`,
    String.raw`\bthe need to\s+`,
  ].join('|'),
  'i',
);

const COMMANDS =
  'required|demanded|requested|called on|called upon|called for|urged|asked|decided|instructed|directed|ordered|resolved';
/**
 * "The meeting required …", "The meeting agreed to the plan and asked the bureau to …", "It was decided that …".
 */
const COMMAND = new RegExp(
  [
    `\\bthe meeting (?:also |further )?(?:${COMMANDS})\\b(?: that)?\\s*`,
    `\\bthe meeting\\b[^.;]{0,150}?\\band (?:also |further )?(?:${COMMANDS})\\b(?: that)?\\s*`,
    `\\bit was (?:also )?(?:required|demanded|requested|decided|agreed) that\\s*`,
  ].join('|'),
  'i',
);
const COMMAND_RECIPIENT = /^(?:all|each|every|the|relevant|[A-Z])[^.;:]{0,100}? to\s+/;

const MODAL =
  /\b(?:must|should|shall|needs? to|ha(?:ve|s) to|(?:are|is) required to|ought to)\s+(?:(?:also|further|continue to|strive to|not)\s+)*/i;
const PASSIVE = /^be\s/i;
const REPORT_LEAD =
  /^(?:the meeting (?:also )?(?:emphasized|emphasised|stressed|pointed out|noted|underlined|underscored|reiterated|held|believed|agreed)|it was (?:noted|pointed out|emphasized|stressed))(?: that)?[,\s]*/i;

/** Reads a sentence: where its decision's verb phrase starts, or null when it decides nothing. */
export function readEnglishCue(sentence: string): CueReading | null {
  const necessity = NECESSITY.exec(sentence);
  if (necessity) return { phraseStart: necessity.index + necessity[0].length, strong: true };
  const command = COMMAND.exec(sentence);
  if (command) return afterCommand(sentence, command.index + command[0].length);
  const modal = MODAL.exec(sentence);
  if (!modal) return readSubjunctive(sentence) ?? readImperative(sentence);
  const afterModal = modal.index + modal[0].length;
  // "The rectification must be completed": the subject is the decision, not "be completed".
  if (PASSIVE.test(sentence.slice(afterModal))) {
    return { phraseStart: REPORT_LEAD.exec(sentence)?.[0].length ?? 0, strong: false };
  }
  return { phraseStart: afterModal, strong: false };
}

/** "The meeting stressed that rural roads be repaired …": what is to be done is the clause after "that". */
const SUBJUNCTIVE_LEAD =
  /^(?:the meeting (?:also )?(?:emphasized|emphasised|stressed|underlined|insisted|urged|agreed|proposed|recommended)|it was (?:emphasized|stressed|agreed|proposed|recommended)) that\s+/i;
const SUBJUNCTIVE_BE = /\b(\w+)\s+be\s+\w+ed\b/;
const AUXILIARIES = new Set(['would', 'will', 'could', 'can', 'cannot', 'may', 'might', 'to', 'not', 'also']);

function readSubjunctive(sentence: string): CueReading | null {
  const lead = SUBJUNCTIVE_LEAD.exec(sentence);
  const be = lead && SUBJUNCTIVE_BE.exec(sentence.slice(lead[0].length, lead[0].length + 120));
  if (!lead || !be || AUXILIARIES.has(be[1]?.toLowerCase() ?? '')) return null;
  return { phraseStart: lead[0].length, strong: false };
}

/**
 * A sentence that gives an instruction ("Relocate the chemical enterprises by October.") rather than a
 * headline in title case ("Strengthen Flood Control in the City") or a fragment without a full stop.
 */
function readImperative(sentence: string): CueReading | null {
  if (!DIRECTIVE_START.test(sentence) || !/[.;!]$/.test(sentence)) return null;
  const words = sentence.match(/\b[A-Za-z]{4,}\b/g) ?? [];
  const capitalized = words.filter((word) => /^[A-Z]/.test(word)).length;
  return capitalized * 2 > words.length ? null : { phraseStart: 0, strong: false };
}

/** "The meeting required all departments to X", "… required that all departments must X", "… called for X". */
function afterCommand(sentence: string, start: number): CueReading {
  const rest = sentence.slice(start);
  const modal = MODAL.exec(rest);
  if (modal && !PASSIVE.test(rest.slice(modal.index + modal[0].length))) {
    return { phraseStart: start + modal.index + modal[0].length, strong: true };
  }
  const recipient = COMMAND_RECIPIENT.exec(rest);
  return { phraseStart: start + (recipient ? recipient[0].length : 0), strong: true };
}

const ADVERBS = [
  'further',
  'effectively',
  'vigorously',
  'conscientiously',
  'actively',
  'comprehensively',
  'continuously',
  'continually',
  'steadily',
  'fully',
  'firmly',
  'resolutely',
  'strictly',
  'earnestly',
  'quickly',
  'constantly',
  'jointly',
  'properly',
  'solidly',
  'systematically',
  'promptly',
  'also',
];

/** Verbs a decision starts with when it is written as an instruction ("Strengthen …", "Carry out …"). */
const DIRECTIVE_VERBS = [
  'accelerate',
  'achieve',
  'adhere',
  'advance',
  'build',
  'carry',
  'complete',
  'consolidate',
  'continue',
  'coordinate',
  'create',
  'cultivate',
  'deepen',
  'deliver',
  'develop',
  'do',
  'dredge',
  'draw up',
  'enhance',
  'ensure',
  'establish',
  'expand',
  'finish',
  'focus',
  'formulate',
  'foster',
  'guarantee',
  'guide',
  'implement',
  'improve',
  'inspect',
  'increase',
  'intensify',
  'launch',
  'make',
  'optimize',
  'optimise',
  'organize',
  'organise',
  'plan',
  'prevent',
  'promote',
  'protect',
  'publish',
  'push',
  'put',
  'raise',
  'rectify',
  'relocate',
  'repair',
  'revise',
  'reduce',
  'reform',
  'reinforce',
  'resolve',
  'set up',
  'solve',
  'speed up',
  'step up',
  'streamline',
  'strengthen',
  'strive',
  'submit',
  'support',
  'take',
  'tighten',
  'transform',
  'upgrade',
];

const DIRECTIVE_START = new RegExp(
  `^(?:(?:${ADVERBS.join('|')})\\s+)*(?:${DIRECTIVE_VERBS.join('|')})\\b`,
  'i',
);

/** Whether an enumerated item reads as an instruction ("Strengthen …", "Further expand …"). */
export function startsWithEnglishDirective(item: string): boolean {
  return DIRECTIVE_START.test(item);
}

const BOILERPLATE =
  /^(?:the meeting |it )?(?:also |further )?(?:studied|discussed|considered|dealt with|reviewed|handled) (?:some |several )?other (?:matters|issues|items|business)|^other (?:matters|issues|business) (?:were|was) (?:also )?(?:studied|discussed|considered)/i;

/** "The meeting also studied other matters": says nothing to do. */
export function isEnglishBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}

/** A topic heading ("On opening up", "Regarding the relocation plan"), not a decision. */
export function isEnglishHeading(sentence: string): boolean {
  return /^(?:on|regarding|about|concerning|re:)\s/i.test(sentence);
}

/** A sentence that only announces the items after it ("… the following tasks:", "… three things"). */
export function isEnglishIntro(sentence: string): boolean {
  return (
    /[:：]\s*$/.test(sentence) ||
    /\b(?:the following|as follows|(?:two|three|four|five|six|several) (?:tasks|aspects|areas|things|points|respects))\b/i.test(
      sentence,
    )
  );
}

/** A sentence that goes on about the decision before it ("This work must be done by June."). */
export function continuesEnglishDecision(sentence: string): boolean {
  return /^(?:this|these|such|the above|the said)\b/i.test(sentence);
}
