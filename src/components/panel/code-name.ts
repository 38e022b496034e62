import type { CodeName } from '@/api/meta';

/**
 * The display name of a code from a meta code list. Unknown codes still show (as the code) so a
 * newer server never makes a category vanish from a chart.
 */
export function codeName(list: readonly CodeName[], code: string): string {
  return list.find((c) => c.code === code)?.name ?? `代码 ${code}`;
}
