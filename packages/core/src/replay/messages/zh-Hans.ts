import type { ReplayDictionary } from './dictionary.js';

export const zhHans: ReplayDictionary = {
  violations: {
    'unexpected-event': '事件{event}在当前状态（{states}）下不能发生，未予处理。',
    'after-final': '办件已于{states}办结，其后的事件{event}未予处理。',
    'out-of-order': '事件{event}的时间 {at} 早于前一事件的时间 {previous}，时间不能倒流；按 {previous} 计算。',
    'unknown-event': '事件{event}不是本职权流程中的事件，未予处理。',
    overdue: '{clock}应于 {due} 届满前完成，实际于 {at} 完成，逾期 {late} {unit}。',
    'overdue-now': '{clock}已于 {due} 届满，到 {at} 仍未完成，已逾期 {late} {unit}。',
    'late-extension': '{clock}已于 {due} 届满，{at} 才延长期限；届满后的延长无效，未予计算。',
    'extension-exceeded': '{clock}最多只能延长 {times} 次，这次延长未予计算。',
    'calendar-range': '计算{clock}需要 {year} 年的节假日安排，日历{calendar}没有这一年的数据（已有 {covered}）。国务院办公厅公布该年安排后需更新日历。',
    'invalid-timestamp': '时间{at}不是有效的时间，应写成 2026-09-28T10:12:00+08:00 或 2026-09-28 10:12 这样；该事件未予处理。',
    'unknown-power': '目录中没有编码为{power}的职权。',
    'flow-loop': '事件{event}发生后，流程在当前状态（{states}）之后不断办结又重新进入，无休止地循环，无法得出结果；该事件未予处理。这是流程的错误（完成后去向 onDone 或通配事件“*”又回到已办结的状态），请修改流程。',
  },
  deadlineClock: '{state}时限',
  units: { workday: '个工作日', day: '日', month: '个月', year: '年', hour: '小时' },
  statuses: { running: '计时中', 'due-soon': '即将到期', paused: '暂停计时', overdue: '已逾期', met: '按期完成', missed: '逾期完成' },
  listSeparator: '、',
  quote: ['“', '”'],
};
