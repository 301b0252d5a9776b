/**
 * penalty-hearing-right: a penalty power offers a hearing (行政处罚法 第63条、第64条): its flow has a
 * hearing step (or a `hearing` checkpoint) and its rights list the hearing. Where the discretion
 * standards include heavier sanctions, the missing hearing step is reported at that standard.
 * Summary-procedure powers (当场处罚, citing 第51条: see isSummaryProcedure) are not checked.
 */
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

/** Words of article 63 (and of the sanctions it lists) that make a sanction heavier. */
const heavy = /吊销[^，。；]*|责令停产停业|责令关闭|限制从业|降低资质等级|较大数额[^，。；]*|较大价值[^，。；]*|[0-9一二三四五六七八九十百千]+万元/;

export const penaltyHearingRight = defineRule('penalty-hearing-right', 'warn', ({ power, graph, summaryProcedure }) => {
  if (power.category !== 'penalty' || summaryProcedure) return [];
  const found: RuleFinding[] = [];
  const hearingStep = graph
    .all()
    .some((state) => state.step === 'hearing' || state.checkpoint?.kind === 'hearing' || state.transitions.some((transition) => transition.checkpoint?.kind === 'hearing'));
  if (!hearingStep) {
    const standard = power.discretion.find((item) => heavy.test(item.range) || heavy.test(item.circumstance));
    const match = standard && (heavy.exec(standard.range) ?? heavy.exec(standard.circumstance));
    if (standard && match) found.push(at(standard.source, { place: placeOf(standard.source), value: match[0], variant: 'penalty-hearing-right.heavy' }));
    else found.push(at(power.flow.source, { place: placeOf(power.flow.source) }));
  }
  if (!power.rights.some((right) => right.kind === 'hearing')) {
    // At the rights when there are some; else where they would be written (shown at the power).
    const rights = { file: power.source.file, pointer: power.source.pointer + '/rights' };
    found.push(at(rights, { place: placeOf(rights), variant: 'penalty-hearing-right.right' }));
  }
  return found;
});
