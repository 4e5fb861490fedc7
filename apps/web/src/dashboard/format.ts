/** A rate (0…1) as a whole percentage in the language's style; null (nothing counts yet) as a dash. */
export function formatRate(rate: number | null, language: string): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
