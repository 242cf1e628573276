import { z } from 'astro/zod';
import { citationSchema } from './citation';

/** How long a situation's text may be, in characters: a line a cadre would say, not a paragraph. */
export const PROBLEM_TEXT_MIN = 10;
export const PROBLEM_TEXT_MAX = 30;

/** How many situations (适用情形) a method or case lists. */
export const PROBLEMS_MIN = 2;
export const PROBLEMS_MAX = 6;

/**
 * A situation (适用情形) an entry answers: a problem in front of a cadre, in the cadre's own plain
 * words, e.g. `村里各种证明开不完，村干部顾不上正事`. Either the sources describe the problem (`cite`)
 * or it is the editors' reading of what the entry is for (`editorial: true`, shown as 编者概括) —
 * exactly one of the two. It states the problem, never an outcome or a detail the sources do not give.
 */
export const problemSchema = z
  .strictObject({
    /**
     * The situation, 10–30 characters, as a cadre would put it. No method names or coined terms
     * (nothing in “”): a reader who does not know the method yet must recognise the situation.
     */
    text: z
      .string()
      .min(PROBLEM_TEXT_MIN, { error: `problems 的 text 至少 ${PROBLEM_TEXT_MIN} 个字：用平常话写出遇到的情况` })
      .max(PROBLEM_TEXT_MAX, {
        error: `problems 的 text 最多 ${PROBLEM_TEXT_MAX} 个字：只写遇到的情况，不写做法和结果`,
      })
      .refine((text) => !/[“”"「」]/.test(text), {
        error: 'problems 的 text 不用引号里的名称或提法：用平常话说出遇到的情况',
      }),
    /** Where the sources describe this problem, e.g. `{ source: yongji-article, part: §2 }`; the part must be listed in the entry's `sources`. */
    cite: citationSchema.optional(),
    /** `true` when the situation is the editors' reading of what the entry is for, not a problem a source describes; shown as 编者概括. */
    editorial: z
      .literal(true, { error: 'editorial 只能写 true（表示编者概括）；有出处时删去 editorial，改写 cite' })
      .optional(),
  })
  .refine((problem) => problem.cite !== undefined || problem.editorial !== undefined, {
    error: 'problems 的每一条要么写 cite（来源里的出处），要么写 editorial: true（编者概括）',
  })
  .refine((problem) => problem.cite === undefined || problem.editorial === undefined, {
    error: 'problems 的一条不能既有 cite 又标 editorial: true：来源写到的情况只写 cite，编者的概括只写 editorial',
  });

/** The situations an entry answers, 2–6 of them; required on every method and case. */
export const problemsSchema = z
  .array(problemSchema, {
    error: (issue) =>
      issue.input === undefined
        ? `缺少 problems（适用情形）：写 ${PROBLEMS_MIN}–${PROBLEMS_MAX} 条这个条目能帮上忙的情况`
        : undefined,
  })
  .min(PROBLEMS_MIN, { error: `problems（适用情形）至少写 ${PROBLEMS_MIN} 条` })
  .max(PROBLEMS_MAX, { error: `problems（适用情形）最多写 ${PROBLEMS_MAX} 条：只留最常遇到的` });

export type Problem = z.output<typeof problemSchema>;
