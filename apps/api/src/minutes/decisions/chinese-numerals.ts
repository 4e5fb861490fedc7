const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A month or quarter written in Arabic or Chinese numerals (10, 十, 十二, 三); 0 when it is neither. */
export function monthOf(written: string | undefined): number {
  if (!written) return 0;
  if (/^\d+$/.test(written)) return Number(written);
  if (written.startsWith('十')) return 10 + (DIGITS[written.slice(1)] ?? 0);
  return DIGITS[written] ?? 0;
}

/** A year written in Arabic or Chinese digits (2021, 二〇二一); undefined when there is none. */
export function yearOf(written: string | undefined): number | undefined {
  if (!written) return undefined;
  if (/^\d{4}$/.test(written)) return Number(written);
  const digits = [...written].map((digit) => DIGITS[digit]);
  if (digits.length !== 4 || digits.some((digit) => digit === undefined)) return undefined;
  return Number(digits.join(''));
}
